package cloud.citizen.topics.api;

import static cloud.citizen.topics.testing.TopicsFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.topics.testing.TopicsFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** POST /v1/uploads, the presigned PUT itself (S3Proxy checks SigV4), and images on posts. */
@QuarkusTest
@EmulatedAwsTest
class UploadsTest {

    @Test
    void postWithImages_showsShortLivedLinksThatServeTheBytes() {
        String token = TopicsFixtures.citizen();
        byte[] png = TopicsFixtures.png(2_048);
        String pngKey = TopicsFixtures.uploaded(token, "image/png", png);
        String jpegKey = TopicsFixtures.uploaded(token, "image/jpeg", TopicsFixtures.jpeg(900));
        String webpKey = TopicsFixtures.uploaded(token, "image/webp", TopicsFixtures.webp(700));
        String topicId = TopicsFixtures.openTopic();

        String postId = as(token).body(Map.of("text", "现场照片", "imageKeys", List.of(pngKey, jpegKey, webpKey)))
                .post("/v1/topics/" + topicId + "/posts").then().statusCode(201).extract().path("postId");

        String link = as(TopicsFixtures.citizen()).get("/v1/posts/" + postId).then().statusCode(200)
                .body("images", hasSize(3)).body("images[0]", matchesPattern(".*X-Amz-Expires=600.*"))
                .extract().path("images[0]");
        var fetched = TopicsFixtures.get(link);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo(png);
        assertThat(TopicsFixtures.get(link.replace("X-Amz-Signature=", "X-Amz-Signature=0")).statusCode()).isEqualTo(403);
    }

    @Test
    void issue_signsTypeAndLength_soS3RefusesAnyOtherBody() {
        String token = TopicsFixtures.citizen();
        String[] link = TopicsFixtures.uploadLink(token, "image/jpeg", 1_000);

        assertThat(TopicsFixtures.put(link[1], "image/png", TopicsFixtures.jpeg(1_000))).isEqualTo(403);
        assertThat(TopicsFixtures.put(link[1], "image/jpeg", TopicsFixtures.jpeg(1_001))).isEqualTo(403);
        assertThat(TopicsFixtures.put(link[1], "image/jpeg", TopicsFixtures.jpeg(1_000))).isEqualTo(200);
    }

    @Test
    void issue_otherTypeOrTooBig_is422_badShapes400_unverified403() {
        String token = TopicsFixtures.citizen();
        as(token).body(Map.of("contentType", "image/gif", "sizeBytes", 10)).post("/v1/uploads").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("UNSUPPORTED_IMAGE_TYPE"));
        as(token).body(Map.of("contentType", "image/png", "sizeBytes", 10 * 1024 * 1024 + 1)).post("/v1/uploads").then()
                .statusCode(422).body("code", equalTo("IMAGE_TOO_LARGE"));
        as(token).body(Map.of("contentType", "image/png", "sizeBytes", 10 * 1024 * 1024)).post("/v1/uploads").then()
                .statusCode(201).body("expiresAt", matchesPattern(".*\\+08:00"));
        as(token).body(Map.of("contentType", "image/png", "sizeBytes", 0)).post("/v1/uploads").then().statusCode(400);
        as(token).body(Map.of("contentType", "image/png", "sizeBytes", "12")).post("/v1/uploads").then().statusCode(400);
        as(token).body(Map.of("contentType", "image/png")).post("/v1/uploads").then().statusCode(400);
        as(TopicsFixtures.tokens().citizen(TopicsFixtures.newUser(), false))
                .body(Map.of("contentType", "image/png", "sizeBytes", 10)).post("/v1/uploads").then().statusCode(403)
                .body("code", equalTo("REAL_NAME_REQUIRED"));
    }

    @Test
    void post_withABadImage_is422BadImage_andNothingIsWritten() {
        String token = TopicsFixtures.citizen();
        String topicId = TopicsFixtures.openTopic();
        String someoneElses = TopicsFixtures.uploaded(TopicsFixtures.citizen(), "image/png", TopicsFixtures.png(300));
        String pngAsJpeg = TopicsFixtures.uploaded(token, "image/jpeg", TopicsFixtures.png(300));
        String neverPut = TopicsFixtures.uploadLink(token, "image/png", 300)[0];
        String good = TopicsFixtures.uploaded(token, "image/png", TopicsFixtures.png(300));

        for (String bad : List.of(someoneElses, pngAsJpeg, neverPut, "posts/no-such-key.png")) {
            as(token).body(Map.of("text", "图", "imageKeys", List.of(good, bad))).post("/v1/topics/" + topicId + "/posts")
                    .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("BAD_IMAGE"));
        }
        assertThat(TopicsFixtures.postIds(topicId)).isEmpty();
        assertThat(TopicsFixtures.item("UPLOAD#" + good, "UPLOAD")).doesNotContainKey("usedBy");

        TopicsFixtures.post(token, topicId, "第一次");
        as(token).body(Map.of("text", "图", "imageKeys", List.of(good))).post("/v1/topics/" + topicId + "/posts").then()
                .statusCode(201);
        as(token).body(Map.of("text", "再用一次", "imageKeys", List.of(good))).post("/v1/topics/" + topicId + "/posts")
                .then().statusCode(422).body("code", equalTo("BAD_IMAGE"));
        assertThat(TopicsFixtures.postIds(topicId)).hasSize(2);
    }
}
