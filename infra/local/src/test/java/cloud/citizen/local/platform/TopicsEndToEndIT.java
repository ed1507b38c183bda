package cloud.citizen.local.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import cloud.citizen.emulator.testing.LocalStackAvailability;
import cloud.citizen.local.Eventually;
import cloud.citizen.local.seed.DemoAccount;
import cloud.citizen.local.seed.LocalApiClient;

/**
 * The life circle through the local gateway, as the app uses it: the seeded topic is there, staff
 * open a topic, the demo citizen posts with an image uploaded through a presigned link, people
 * like and report it until it hides, staff restore and adopt it, and the adoption reaches the
 * author as a text message.
 */
@ExtendWith(LocalStackAvailability.class)
class TopicsEndToEndIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void postWithAnImage_likes_reports_moderation_andTheAdoptionNotice() throws Exception {
        LocalApiClient api = SharedPlatform.api();
        Optional<String> staff = Optional.of(SharedPlatform.accessToken(DemoAccount.STAFF));
        Optional<String> citizen = Optional.of(SharedPlatform.accessToken(DemoAccount.CITIZEN));
        assertThat(api.get("/v1/topics?limit=100", citizen).body().path("items").findValuesAsText("title"))
                .contains("生活圈：您对社区建设有什么建议？");

        LocalApiClient.Response topic = api.post("/v1/topics", Map.of("title", "端到端话题", "description", "e2e",
                "communityId", "c-demo"), staff);
        assertThat(topic.status()).as(topic.body().toString()).isEqualTo(201);
        String topicId = topic.text("topicId");

        byte[] png = png(4_096);
        LocalApiClient.Response upload = api.post("/v1/uploads", Map.of("contentType", "image/png", "sizeBytes",
                png.length), citizen);
        assertThat(upload.status()).as(upload.body().toString()).isEqualTo(201);
        assertThat(send(HttpRequest.newBuilder(URI.create(upload.text("uploadUrl"))).header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(png))).statusCode()).isEqualTo(200);
        LocalApiClient.Response post = api.post("/v1/topics/" + topicId + "/posts", Map.of("text",
                "小区东门的路灯坏了，附照片。", "imageKeys", List.of(upload.text("key"))), citizen);
        assertThat(post.status()).as(post.body().toString()).isEqualTo(201);
        String postId = post.text("postId");

        JsonNode shown = api.get("/v1/posts/" + postId, staff).body();
        // the token's name claim when the accounts function issues one, else the neutral name
        assertThat(shown.path("authorName").asText()).isIn(DemoAccount.CITIZEN.displayName(), "市民");
        HttpResponse<byte[]> image = HTTP.send(HttpRequest.newBuilder(URI.create(shown.path("images").get(0).asText()))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.body()).isEqualTo(png);

        assertThat(call("PUT", "/v1/posts/" + postId + "/like", staff.get()).statusCode()).isEqualTo(204);
        assertThat(call("PUT", "/v1/posts/" + postId + "/like", citizen.get()).statusCode()).isEqualTo(204);
        assertThat(api.get("/v1/posts/" + postId, citizen).body().path("likeCount").asInt()).isEqualTo(2);

        String lastReporter = null;
        for (int i = 0; i < 5; i++) {
            lastReporter = SharedPlatform.registerCitizen("举报人" + i);
            assertThat(api.post("/v1/posts/" + postId + "/reports", Map.of("reason", "测试举报"),
                    Optional.of(lastReporter)).status()).isEqualTo(202);
        }
        assertThat(api.get("/v1/posts/" + postId, Optional.of(lastReporter)).status()).isEqualTo(404);
        assertThat(api.get("/v1/posts/" + postId, citizen).body().path("status").asText()).isEqualTo("hidden");

        assertThat(api.post("/v1/posts/" + postId + "/moderation", Map.of("action", "restore", "note", "举报不实"), staff)
                .status()).isEqualTo(200);
        LocalApiClient.Response adopted = api.post("/v1/posts/" + postId + "/moderation", Map.of("action", "adopt",
                "note", "已安排维修"), staff);
        assertThat(adopted.status()).isEqualTo(200);
        assertThat(adopted.body().path("adopted").asBoolean()).isTrue();
        assertThat(api.get("/v1/posts/" + postId, Optional.of(lastReporter)).status()).isEqualTo(200);

        Eventually.within(SharedPlatform.PATIENCE, "the adoption notice texted to the demo citizen", () -> {
            JsonNode items = api.get("/_local/sms?phone=" + DemoAccount.CITIZEN.phone(), Optional.empty()).body()
                    .path("items");
            for (JsonNode item : items) {
                if (item.path("text").asText().contains("采纳")) {
                    return true;
                }
            }
            return null;
        });
    }

    private static HttpResponse<String> call(String method, String path, String token) throws IOException,
            InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(SharedPlatform.platform().apiUrl() + path))
                .header("Authorization", "Bearer " + token).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] png(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 3);
        byte[] head = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }
}
