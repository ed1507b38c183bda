package cloud.citizen.topics.api;

import static cloud.citizen.topics.testing.TopicsFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.topics.testing.TopicsFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** POST and GET of posts, the two list orders, comments and who sees what. */
@QuarkusTest
@EmulatedAwsTest
class PostsTest {

    @Test
    void publish_byAVerifiedCitizen_isPublishedCountedAndAnnouncedToStats() {
        String topicId = TopicsFixtures.openTopic();
        String author = TopicsFixtures.newUser();

        String postId = as(TopicsFixtures.citizen(author)).body(Map.of("text", "建议在小区门口加装路灯。"))
                .post("/v1/topics/" + topicId + "/posts").then().statusCode(201)
                .header("Location", matchesPattern(".*/v1/posts/[0-9a-f-]{36}")).body("status", equalTo("published"))
                .extract().path("postId");

        as(TopicsFixtures.citizen()).get("/v1/posts/" + postId).then().statusCode(200)
                .body("authorName", equalTo("User " + author)).body("text", equalTo("建议在小区门口加装路灯。"))
                .body("images", empty()).body("likeCount", equalTo(0)).body("commentCount", equalTo(0))
                .body("likedByMe", equalTo(false)).body("status", equalTo("published")).body("comments", empty())
                .body("createdAt", matchesPattern(".*\\+08:00"));
        as(TopicsFixtures.citizen()).queryParam("limit", "100").get("/v1/topics").then()
                .body("items.find { it.topicId == '" + topicId + "' }.postCount", equalTo(1));
        List<JsonNode> usage = TopicsFixtures.take("StatsQueue",
                m -> author.equals(m.path("userId").asText()) && "usage".equals(m.path("type").asText()), 1);
        assertThat(usage).hasSize(1);
        assertThat(usage.get(0).path("kind").asText()).isEqualTo("post");
        assertThat(usage.get(0).path("serviceId").asText()).isEqualTo("topics.post");
    }

    @Test
    void publish_withoutRealName_is403_andNothingIsWritten() {
        String topicId = TopicsFixtures.openTopic();
        as(TopicsFixtures.tokens().citizen(TopicsFixtures.newUser(), false)).body(Map.of("text", "你好"))
                .post("/v1/topics/" + topicId + "/posts").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("REAL_NAME_REQUIRED"));
        given().body(Map.of("text", "你好")).contentType("application/json").post("/v1/topics/" + topicId + "/posts")
                .then().statusCode(401);
        assertThat(TopicsFixtures.postIds(topicId)).isEmpty();
    }

    @Test
    void publish_outOfBounds_is400ValidationFailed_andNothingIsWritten() {
        String topicId = TopicsFixtures.openTopic();
        String token = TopicsFixtures.citizen();
        String longText = "字".repeat(2_001);
        String longestEmoji = "😀".repeat(2_000); // 2,000 code points, 4,000 UTF-16 units: allowed
        List<String> tenKeys = Collections.nCopies(10, "k").stream().map(k -> k + Math.random()).toList();

        for (Object body : List.of(Map.of("text", ""), Map.of("text", "   "), Map.of("text", longText),
                Map.of("text", "ok", "imageKeys", tenKeys), Map.of("text", "ok", "imageKeys", List.of("a", "a")),
                Map.of("imageKeys", List.of()), Map.of("text", 12), Map.of("text", "ok", "imageKeys", "k"))) {
            as(token).body(body).post("/v1/topics/" + topicId + "/posts").then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        }
        assertThat(TopicsFixtures.postIds(topicId)).isEmpty();
        TopicsFixtures.post(token, topicId, longestEmoji);
    }

    @Test
    void publish_toAnUnknownTopic_is404() {
        as(TopicsFixtures.citizen()).body(Map.of("text", "hi"))
                .post("/v1/topics/00000000-0000-0000-0000-000000000000/posts").then().statusCode(404)
                .body("code", equalTo("TOPIC_NOT_FOUND"));
        as(TopicsFixtures.citizen()).get("/v1/topics/00000000-0000-0000-0000-000000000000/posts").then()
                .statusCode(404);
        as(TopicsFixtures.citizen()).get("/v1/posts/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .body("code", equalTo("POST_NOT_FOUND"));
    }

    @Test
    void list_new_isNewestFirst_andHot_followsLikesAndComments() {
        String topicId = TopicsFixtures.openTopic();
        List<String> posts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            posts.add(TopicsFixtures.post(TopicsFixtures.citizen(), topicId, "帖子 " + i));
        }
        String oldest = posts.get(0);
        for (int i = 0; i < 3; i++) {
            as(TopicsFixtures.citizen()).put("/v1/posts/" + oldest + "/like").then().statusCode(204);
        }
        as(TopicsFixtures.citizen()).body(Map.of("text", "同意")).post("/v1/posts/" + posts.get(1) + "/comments").then()
                .statusCode(201).body("status", equalTo("published"));

        List<String> newest = as(TopicsFixtures.citizen()).get("/v1/topics/" + topicId + "/posts?sort=new").then()
                .statusCode(200).extract().jsonPath().getList("items.postId");
        assertThat(newest).containsExactly(posts.get(2), posts.get(1), posts.get(0));
        List<String> hot = as(TopicsFixtures.citizen()).get("/v1/topics/" + topicId + "/posts?sort=hot").then()
                .statusCode(200).body("items[0].likeCount", equalTo(3)).extract().jsonPath().getList("items.postId");
        assertThat(hot).containsExactly(posts.get(0), posts.get(1), posts.get(2));
        as(TopicsFixtures.citizen()).get("/v1/posts/" + posts.get(1)).then().body("commentCount", equalTo(1))
                .body("comments[0].text", equalTo("同意"));
    }

    @Test
    void list_pagesThroughEveryPostOnce_inBothOrders() {
        String topicId = TopicsFixtures.openTopic();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(TopicsFixtures.post(TopicsFixtures.citizen(), topicId, "第 " + i + " 条"));
        }
        for (String sort : List.of("new", "hot")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                var page = as(TopicsFixtures.citizen()).queryParam("sort", sort).queryParam("limit", "2")
                        .queryParam("cursor", cursor == null ? "" : cursor).get("/v1/topics/" + topicId + "/posts")
                        .then().statusCode(200).extract().jsonPath();
                seen.addAll(page.getList("items.postId"));
                cursor = page.getString("nextCursor");
            } while (cursor != null);
            assertThat(seen).containsExactlyInAnyOrderElementsOf(made);
        }
        String newCursor = as(TopicsFixtures.citizen()).queryParam("limit", "2").get("/v1/topics/" + topicId + "/posts")
                .then().extract().path("nextCursor");
        as(TopicsFixtures.citizen()).queryParam("sort", "hot").queryParam("cursor", newCursor)
                .get("/v1/topics/" + topicId + "/posts").then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
        as(TopicsFixtures.citizen()).queryParam("cursor", newCursor)
                .get("/v1/topics/" + TopicsFixtures.openTopic() + "/posts").then().statusCode(400);
    }

    @Test
    void comment_needsRealName_andBounds() {
        String topicId = TopicsFixtures.openTopic();
        String postId = TopicsFixtures.post(TopicsFixtures.citizen(), topicId, "一条帖子");
        as(TopicsFixtures.tokens().citizen(TopicsFixtures.newUser(), false)).body(Map.of("text", "hi"))
                .post("/v1/posts/" + postId + "/comments").then().statusCode(403).body("code", equalTo("REAL_NAME_REQUIRED"));
        as(TopicsFixtures.citizen()).body(Map.of("text", "x".repeat(501))).post("/v1/posts/" + postId + "/comments")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        as(TopicsFixtures.citizen()).body(Map.of("text", "x".repeat(500))).post("/v1/posts/" + postId + "/comments")
                .then().statusCode(201);
        assertThat(TopicsFixtures.count("POST#" + postId, "COMMENT#")).isEqualTo(1);
    }
}
