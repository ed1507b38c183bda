package cloud.citizen.topics.api;

import static cloud.citizen.topics.testing.TopicsFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.topics.testing.TopicsFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** GET, POST /v1/topics and PATCH /v1/topics/{topicId}: staff put topics, everyone signed in reads them. */
@QuarkusTest
@EmulatedAwsTest
class TopicsTest {

    @Test
    void create_byStaff_returns201AndIsListedOpenWithNoPosts() {
        String topicId = as(TopicsFixtures.staff("c-x")).body(Map.of("title", "老旧小区改造", "description", "您有什么建议？"))
                .post("/v1/topics").then().statusCode(201)
                .header("Location", matchesPattern(".*/v1/topics/[0-9a-f-]{36}"))
                .body("status", equalTo("open")).body("postCount", equalTo(0))
                .body("createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00"))
                .extract().path("topicId");

        as(TopicsFixtures.citizen()).queryParam("limit", "100").get("/v1/topics").then().statusCode(200)
                .body("items.topicId", hasItem(topicId)).body("items.find { it.topicId == '" + topicId + "' }.title",
                        equalTo("老旧小区改造"));
    }

    @Test
    void create_byCitizen_is403_anonymous401_admin201() {
        Map<String, String> body = Map.of("title", "t", "description", "d");
        given().contentType(ContentType.JSON).body(body).post("/v1/topics").then().statusCode(401)
                .contentType("application/problem+json");
        as(TopicsFixtures.citizen()).body(body).post("/v1/topics").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        as(TopicsFixtures.admin()).body(body).post("/v1/topics").then().statusCode(201);
    }

    @Test
    void create_forACommunity_needsStaffServingIt() {
        String community = TopicsFixtures.newCommunity();
        Map<String, String> body = Map.of("title", "t", "description", "d", "communityId", community);
        as(TopicsFixtures.staff("c-elsewhere")).body(body).post("/v1/topics").then().statusCode(403);
        as(TopicsFixtures.staff(community)).body(body).post("/v1/topics").then().statusCode(201)
                .body("communityId", equalTo(community));
    }

    @Test
    void changeStatus_closesAndReopens_onlyForItsStaff() {
        String community = TopicsFixtures.newCommunity();
        String topicId = TopicsFixtures.communityTopic(community);

        as(TopicsFixtures.citizen()).body(Map.of("status", "closed")).patch("/v1/topics/" + topicId).then().statusCode(403);
        as(TopicsFixtures.staff("c-elsewhere")).body(Map.of("status", "closed")).patch("/v1/topics/" + topicId).then()
                .statusCode(403);
        as(TopicsFixtures.staff(community)).body(Map.of("status", "closed")).patch("/v1/topics/" + topicId).then()
                .statusCode(200).body("status", equalTo("closed"));
        as(TopicsFixtures.citizen()).body(Map.of("text", "还能发吗")).post("/v1/topics/" + topicId + "/posts").then()
                .statusCode(409).body("code", equalTo("TOPIC_CLOSED"));
        as(TopicsFixtures.admin()).body(Map.of("status", "open")).patch("/v1/topics/" + topicId).then().statusCode(200)
                .body("status", equalTo("open"));
        TopicsFixtures.post(TopicsFixtures.citizen(), topicId, "现在可以了");
    }

    @Test
    void changeStatus_ofAnUnknownTopic_is404() {
        as(TopicsFixtures.staff("c")).body(Map.of("status", "closed"))
                .patch("/v1/topics/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .body("code", equalTo("TOPIC_NOT_FOUND"));
        as(TopicsFixtures.staff("c")).body(Map.of("status", "closed")).patch("/v1/topics/nope").then().statusCode(404);
    }

    @Test
    void list_pagesWithASignedCursor_andRefusesAForgedOne() {
        for (int i = 0; i < 3; i++) {
            TopicsFixtures.openTopic();
        }
        String cursor = as(TopicsFixtures.citizen()).queryParam("limit", "2").get("/v1/topics").then().statusCode(200)
                .body("items.size()", equalTo(2)).extract().path("nextCursor");
        as(TopicsFixtures.citizen()).queryParam("limit", "2").queryParam("cursor", cursor).get("/v1/topics").then()
                .statusCode(200);
        as(TopicsFixtures.citizen()).queryParam("cursor", cursor + "x").get("/v1/topics").then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
        given().get("/v1/topics").then().statusCode(401);
    }
}
