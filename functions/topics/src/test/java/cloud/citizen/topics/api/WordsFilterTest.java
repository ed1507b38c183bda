package cloud.citizen.topics.api;

import static cloud.citizen.topics.testing.TopicsFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.topics.testing.TopicsFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** GET, PUT /v1/moderation/words and the filter applied to posts and comments. */
@QuarkusTest
@EmulatedAwsTest
class WordsFilterTest {
    static final Map<String, List<String>> WORDS = Map.of("banned", List.of("赌博", "fuck"), "review",
            List.of("拆迁"), "allowed", List.of("赌博物馆"));

    @BeforeEach
    void setWords() {
        as(TopicsFixtures.admin()).body(WORDS).put("/v1/moderation/words").then().statusCode(200)
                .body("banned", equalTo(List.of("赌博", "fuck")));
    }

    @Test
    void words_areForAdminsOnly() {
        given().get("/v1/moderation/words").then().statusCode(401);
        as(TopicsFixtures.citizen()).get("/v1/moderation/words").then().statusCode(403);
        as(TopicsFixtures.staff("c-any")).get("/v1/moderation/words").then().statusCode(403);
        as(TopicsFixtures.staff("c-any")).body(WORDS).put("/v1/moderation/words").then().statusCode(403);
        as(TopicsFixtures.admin()).get("/v1/moderation/words").then().statusCode(200)
                .body("review", equalTo(List.of("拆迁")));
    }

    @Test
    void put_badLists_is400_andKeepsTheOldList() {
        String admin = TopicsFixtures.admin();
        for (Object bad : List.of(Map.of("banned", List.of("a")), Map.of("banned", List.of(""), "review", List.of()),
                Map.of("banned", List.of("！！"), "review", List.of()), Map.of("banned", "赌博", "review", List.of()),
                Map.of("banned", List.of("赌博"), "review", List.of("赌 博")),
                Map.of("banned", List.of("x".repeat(51)), "review", List.of()))) {
            as(admin).body(bad).put("/v1/moderation/words").then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        }
        as(admin).get("/v1/moderation/words").then().body("banned", equalTo(List.of("赌博", "fuck")));
    }

    @Test
    void bannedWords_hiddenBySpacingFullWidthOrPunctuation_areRejected_andNothingIsWritten() {
        String topicId = TopicsFixtures.openTopic();
        String token = TopicsFixtures.citizen();
        for (String text : List.of("一起来赌博吧", "一起来赌 博吧", "一起来赌.博吧", "赌，博", "赌*_*博", "ＦＵＣＫ you",
                "F u C k", "f.u.c.k", "ｆ－ｕ－ｃ－ｋ")) {
            as(token).body(Map.of("text", text)).post("/v1/topics/" + topicId + "/posts").then().statusCode(422)
                    .contentType("application/problem+json").body("code", equalTo("CONTENT_REJECTED"));
        }
        assertThat(TopicsFixtures.postIds(topicId)).isEmpty();
        String postId = TopicsFixtures.post(token, topicId, "正常的帖子");
        as(token).body(Map.of("text", "赌 博")).post("/v1/posts/" + postId + "/comments").then().statusCode(422)
                .body("code", equalTo("CONTENT_REJECTED"));
        assertThat(TopicsFixtures.count("POST#" + postId, "COMMENT#")).isZero();
    }

    @Test
    void cleanTextWithInnocentSubstrings_isPublished() {
        String topicId = TopicsFixtures.openTopic();
        for (String text : List.of("周末带孩子去了赌博物馆参观", "赌场附近交通拥堵，博物馆门口也堵", "拆了旧的路灯，迁到新地方",
                "Scunthorpe United", "博赌")) {
            as(TopicsFixtures.citizen()).body(Map.of("text", text)).post("/v1/topics/" + topicId + "/posts").then()
                    .statusCode(201).body("status", equalTo("published"));
        }
    }

    @Test
    void reviewWords_holdThePost_visibleToAuthorAndStaffOnly_untilRestored() {
        String topicId = TopicsFixtures.openTopic();
        String author = TopicsFixtures.citizen();
        String postId = as(author).body(Map.of("text", "关于 拆-迁 补偿的问题")).post("/v1/topics/" + topicId + "/posts")
                .then().statusCode(201).body("status", equalTo("pending_review")).extract().path("postId");

        as(TopicsFixtures.citizen()).get("/v1/posts/" + postId).then().statusCode(404);
        as(author).get("/v1/posts/" + postId).then().statusCode(200).body("status", equalTo("pending_review"));
        as(TopicsFixtures.staff("c-any")).get("/v1/posts/" + postId).then().statusCode(200);
        as(TopicsFixtures.citizen()).get("/v1/topics/" + topicId + "/posts").then().body("items.size()", equalTo(0));
        as(TopicsFixtures.citizen()).queryParam("limit", "100").get("/v1/topics").then()
                .body("items.find { it.topicId == '" + topicId + "' }.postCount", equalTo(0));

        as(TopicsFixtures.staff("c-any")).body(Map.of("action", "restore", "note", "ok"))
                .post("/v1/posts/" + postId + "/moderation").then().statusCode(200).body("status", equalTo("published"));
        as(TopicsFixtures.citizen()).get("/v1/posts/" + postId).then().statusCode(200);
        as(TopicsFixtures.citizen()).queryParam("limit", "100").get("/v1/topics").then()
                .body("items.find { it.topicId == '" + topicId + "' }.postCount", equalTo(1));
    }
}
