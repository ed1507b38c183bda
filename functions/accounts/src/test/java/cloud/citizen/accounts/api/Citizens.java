package cloud.citizen.accounts.api;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.accounts.crypto.PiiProtector;
import cloud.citizen.accounts.domain.Parsed;
import cloud.citizen.accounts.domain.PhoneNumber;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Drives the accounts API as the mobile app does, reading SMS codes from the notifications queue
 * (what the accounts function hands over for delivery).
 */
final class Citizens {
    static final String PASSWORD = "Tianfu#2026ok";
    private static final Pattern CODE = Pattern.compile("(\\d{6})");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Registered(String phone, String password, String accessToken, String refreshToken) {
    }

    private Citizens() {
    }

    static String newPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static Response requestCode(String phone, String purpose) {
        return given().contentType(ContentType.JSON).body(Map.of("phone", phone, "purpose", purpose))
                .post("/v1/auth/sms-codes");
    }

    /** The newest code sent to this phone, waiting for it up to a few seconds. */
    static String codeSentTo(String phone) {
        JsonNode sms = takeQueued(phone, "sms");
        Matcher matcher = CODE.matcher(sms.path("text").asText());
        if (!matcher.find()) {
            throw new AssertionError("the SMS holds no 6-digit code");
        }
        return matcher.group(1);
    }

    /**
     * Takes the first message of this type for this phone off the notifications queue, waiting up
     * to 10 s; other messages are made visible again for whoever looks for them.
     */
    static JsonNode takeQueued(String phone, String type) {
        SqsClient sqs = EmulatedAwsResource.aws().sqs();
        String queue = EmulatedAwsResource.resources().queueUrl("NotificationsQueue");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            JsonNode found = null;
            for (Message message : sqs.receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages()) {
                JsonNode body = read(message.body());
                if (found == null && phone.equals(body.path("phone").asText()) && type.equals(body.path("type").asText())) {
                    found = body;
                    sqs.deleteMessage(d -> d.queueUrl(queue).receiptHandle(message.receiptHandle()));
                } else {
                    sqs.changeMessageVisibility(c -> c.queueUrl(queue).receiptHandle(message.receiptHandle())
                            .visibilityTimeout(0));
                }
            }
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no " + type + " message was queued for the phone within 10 s");
    }

    static boolean anySmsQueuedFor(String phone) {
        try {
            takeQueued(phone, "sms");
            return true;
        } catch (AssertionError none) {
            return false;
        }
    }

    /**
     * Lets the one-code-a-minute limit pass for this phone without waiting, by removing the
     * "last sent" marker (key design in AccountsTable) as its TTL eventually would.
     */
    static void minutePasses(PiiProtector pii, String phone) {
        String phoneKey = pii.lookupKey(((Parsed.Valid<PhoneNumber>) PhoneNumber.parse(phone)).value());
        String table = EmulatedAwsResource.resources().tableName("AccountsTable");
        EmulatedAwsResource.aws().dynamoDb().deleteItem(d -> d.tableName(table).key(Map.of(
                "pk", AttributeValue.fromS("SMS#" + phoneKey), "sk", AttributeValue.fromS("LAST"))));
    }

    static Response register(String phone, String code, String password, String displayName) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "smsCode", code, "password", password, "displayName", displayName))
                .post("/v1/auth/register");
    }

    static Registered registerNew() {
        String phone = newPhone();
        requestCode(phone, "register").then().statusCode(202);
        Response response = register(phone, codeSentTo(phone), PASSWORD, "市民" + phone.substring(7));
        response.then().statusCode(201);
        return new Registered(phone, PASSWORD, response.path("accessToken"), response.path("refreshToken"));
    }

    static Response login(String phone, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("phone", phone, "password", password))
                .post("/v1/auth/login");
    }

    static Response refresh(String refreshToken) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshToken)).post("/v1/auth/refresh");
    }

    static Response me(String accessToken) {
        return given().header("Authorization", "Bearer " + accessToken).get("/v1/me");
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("queued message is not JSON", e);
        }
    }
}
