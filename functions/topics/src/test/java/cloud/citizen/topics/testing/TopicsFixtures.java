package cloud.citizen.topics.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.QueueMessages;
import cloud.citizen.emulator.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The module's one fixture class: ids from a counter and a per-run prefix (the emulated table is
 * shared by every test of the JVM), tokens as the accounts function issues them, topics and posts
 * made through the API, image bytes of each format, and readers of the table and queues.
 */
public final class TopicsFixtures {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TopicsFixtures() {
    }

    public static TestTokens tokens() {
        return TestTokens.forFunctionUnderTest();
    }

    public static String newUser() {
        return "u-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    public static String newCommunity() {
        return "c-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    /** A real-name verified citizen. */
    public static String citizen() {
        return tokens().citizen(newUser(), true);
    }

    public static String citizen(String userId) {
        return tokens().citizen(userId, true);
    }

    public static String staff(String... communities) {
        return tokens().staff(newUser(), communities);
    }

    public static String admin() {
        return tokens().admin(newUser());
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    /** A city-wide open topic made by a staff member; returns its id. */
    public static String openTopic() {
        return as(staff("c-any")).body(Map.of("title", "测试话题 " + COUNTER.incrementAndGet(), "description", "说说看"))
                .post("/v1/topics").then().statusCode(201).extract().path("topicId");
    }

    public static String communityTopic(String communityId) {
        return as(staff(communityId)).body(Map.of("title", "小区话题", "description", "d", "communityId", communityId))
                .post("/v1/topics").then().statusCode(201).extract().path("topicId");
    }

    public static String post(String token, String topicId, String text) {
        return as(token).body(Map.of("text", text)).post("/v1/topics/" + topicId + "/posts").then().statusCode(201)
                .extract().path("postId");
    }

    public static String tableName() {
        return EmulatedAwsResource.resources().tableName("TopicsTable");
    }

    public static Map<String, AttributeValue> item(String pk, String sk) {
        return EmulatedAwsResource.aws().dynamoDb().getItem(get -> get.tableName(tableName())
                .key(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk))).consistentRead(true)).item();
    }

    public static long number(Map<String, AttributeValue> item, String name) {
        return Long.parseLong(item.get(name).n());
    }

    /** How many items a partition holds whose sort key starts so (likes, reports, comments, audit records). */
    public static int count(String pk, String skPrefix) {
        return EmulatedAwsResource.aws().dynamoDb().query(q -> q.tableName(tableName()).select("COUNT")
                .consistentRead(true).keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk), ":prefix",
                        AttributeValue.fromS(skPrefix)))).count();
    }

    /** All posts of a topic (as a moderator sees them), newest first. */
    public static List<String> postIds(String topicId) {
        return as(admin()).queryParam("limit", "100").get("/v1/topics/" + topicId + "/posts").then().statusCode(200)
                .extract().jsonPath().getList("items.postId");
    }

    // ---- image bytes

    public static byte[] png(int size) {
        return withHead(size, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    }

    public static byte[] jpeg(int size) {
        return withHead(size, 0xFF, 0xD8, 0xFF, 0xE0);
    }

    public static byte[] webp(int size) {
        return withHead(size, 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P');
    }

    private static byte[] withHead(int size, int... head) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 7);
        for (int i = 0; i < head.length; i++) {
            bytes[i] = (byte) head[i];
        }
        return bytes;
    }

    /** Asks for an upload link; returns {key, uploadUrl}. */
    public static String[] uploadLink(String token, String contentType, long size) {
        var response = as(token).body(Map.of("contentType", contentType, "sizeBytes", size)).post("/v1/uploads")
                .then().statusCode(201).extract();
        return new String[] { response.path("key"), response.path("uploadUrl") };
    }

    /**
     * PUTs bytes to a presigned link over plain HTTP, as the app would; returns the HTTP status. Each
     * PUT on a connection of its own: S3Proxy refuses a bad signature before reading the body and
     * then drops the connection, which a pooled client could hand to the next PUT.
     */
    public static int put(String url, String contentType, byte[] bytes) {
        try (HttpClient oneUpload = HttpClient.newHttpClient()) {
            return oneUpload.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<byte[]> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Uploads bytes under a fresh link of the declared type; returns the key. */
    public static String uploaded(String token, String declaredType, byte[] bytes) {
        String[] link = uploadLink(token, declaredType, bytes.length);
        int status = put(link[1], declaredType, bytes);
        if (status != 200) {
            throw new AssertionError("presigned PUT answered " + status);
        }
        return link[0];
    }

    /** Takes matching messages off a queue (others are made visible again), waiting up to 5 s for {@code atLeast}. */
    public static List<JsonNode> take(String queueLogicalId, Predicate<JsonNode> wanted, int atLeast) {
        return QueueMessages.take(EmulatedAwsResource.aws().sqs(),
                EmulatedAwsResource.resources().queueUrl(queueLogicalId), body -> wanted.test(read(body)), atLeast)
                .stream().map(message -> read(message.body())).toList();
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("queued message is not JSON", e);
        }
    }

    public static Optional<String> text(JsonNode node, String field) {
        return Optional.ofNullable(node.get(field)).map(JsonNode::asText);
    }
}
