package cloud.citizen.topics.api;

import static cloud.citizen.topics.testing.TopicsFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.topics.testing.TopicsFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every route: malformed JSON, wrong types, missing fields and bad parameters are problem+json 4xx; nothing is written. */
@QuarkusTest
@EmulatedAwsTest
class BadInputTest {

    @Test
    void everyBodyRoute_refusesMalformedAndMistypedBodies() {
        String topicId = TopicsFixtures.openTopic();
        String postId = TopicsFixtures.post(TopicsFixtures.citizen(), topicId, "帖子");
        String admin = TopicsFixtures.admin();
        List<String[]> routes = List.of(new String[] { "POST", "/v1/topics" },
                new String[] { "PATCH", "/v1/topics/" + topicId }, new String[] { "POST", "/v1/topics/" + topicId + "/posts" },
                new String[] { "POST", "/v1/posts/" + postId + "/comments" },
                new String[] { "POST", "/v1/posts/" + postId + "/reports" },
                new String[] { "POST", "/v1/posts/" + postId + "/moderation" }, new String[] { "POST", "/v1/uploads" },
                new String[] { "PUT", "/v1/moderation/words" });
        for (String[] route : routes) {
            for (String body : List.of("{", "[]", "\"text\"", "{}", "{\"text\": 1, \"title\": 2, \"status\": 3, \"reason\": 4,"
                    + " \"action\": 5, \"contentType\": 6, \"sizeBytes\": \"7\", \"banned\": 8, \"review\": 9}")) {
                given().header("Authorization", "Bearer " + admin).contentType(ContentType.JSON).body(body)
                        .request(route[0], route[1]).then().statusCode(400)
                        .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"))
                        .body("detail", notNullValue());
            }
            given().header("Authorization", "Bearer " + admin).contentType(ContentType.JSON)
                    .request(route[0], route[1]).then().statusCode(400).contentType("application/problem+json");
        }
        assertThat(TopicsFixtures.postIds(topicId)).containsExactly(postId);
        assertThat(TopicsFixtures.count("POST#" + postId, "COMMENT#")).isZero();
        assertThat(TopicsFixtures.count("POST#" + postId, "REPORT#")).isZero();
        assertThat(TopicsFixtures.count("POST#" + postId, "MOD#")).isZero();
    }

    @Test
    void badParameters_are400_unknownIds404_unknownRoutes404_allProblemJson() {
        String token = TopicsFixtures.citizen();
        String topicId = TopicsFixtures.openTopic();
        as(token).get("/v1/topics/" + topicId + "/posts?sort=best").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        as(token).get("/v1/topics/" + topicId + "/posts?limit=0").then().statusCode(400);
        as(token).get("/v1/topics/" + topicId + "/posts?limit=abc").then().statusCode(400);
        as(token).get("/v1/topics?limit=101").then().statusCode(400);
        as(token).get("/v1/topics/" + topicId + "/posts?cursor=forged.cursor").then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
        as(token).get("/v1/posts/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        as(token).put("/v1/posts/not-a-uuid/like").then().statusCode(404);
        as(token).body(Map.of("reason", "x")).post("/v1/posts/00000000-0000-0000-0000-000000000000/reports").then()
                .statusCode(404);
        as(token).body(Map.of("text", "x")).post("/v1/posts/00000000-0000-0000-0000-000000000000/comments").then()
                .statusCode(404);
        as(token).get("/v1/topics/" + topicId + "/nothing").then().statusCode(404).contentType("application/problem+json");
        as(token).body("x".repeat(70_000)).post("/v1/topics/" + topicId + "/posts").then().statusCode(413);
    }

    @Test
    void everyRoute_needsASignedInUser() {
        String id = "00000000-0000-0000-0000-000000000000";
        for (String[] route : List.of(new String[] { "GET", "/v1/topics" }, new String[] { "POST", "/v1/topics" },
                new String[] { "PATCH", "/v1/topics/" + id }, new String[] { "GET", "/v1/topics/" + id + "/posts" },
                new String[] { "POST", "/v1/topics/" + id + "/posts" }, new String[] { "GET", "/v1/posts/" + id },
                new String[] { "POST", "/v1/posts/" + id + "/comments" }, new String[] { "PUT", "/v1/posts/" + id + "/like" },
                new String[] { "DELETE", "/v1/posts/" + id + "/like" }, new String[] { "POST", "/v1/posts/" + id + "/reports" },
                new String[] { "POST", "/v1/posts/" + id + "/moderation" }, new String[] { "POST", "/v1/uploads" },
                new String[] { "GET", "/v1/moderation/words" }, new String[] { "PUT", "/v1/moderation/words" })) {
            given().contentType(ContentType.JSON).body("{}").request(route[0], route[1]).then().statusCode(401)
                    .contentType("application/problem+json");
            given().header("Authorization", "Bearer " + TopicsFixtures.tokens().expired("u-old"))
                    .contentType(ContentType.JSON).body("{}").request(route[0], route[1]).then().statusCode(401);
        }
    }
}
