package cloud.citizen.topics.api;

import static cloud.citizen.topics.testing.TopicsFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.topics.testing.TopicsFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** POST /v1/posts/{postId}/reports and /moderation: distinct reporters hide a post, staff decide. */
@QuarkusTest
@EmulatedAwsTest
class ReportsAndModerationTest {
    static final Map<String, String> REASON = Map.of("reason", "广告");

    @Test
    void report_byFiveDistinctCitizensAtOnce_hidesThePostFromEveryoneButAuthorAndStaff() throws Exception {
        String community = TopicsFixtures.newCommunity();
        String topicId = TopicsFixtures.communityTopic(community);
        String author = TopicsFixtures.citizen();
        String postId = TopicsFixtures.post(author, topicId, "被举报的帖子");
        List<String> reporters = Concurrently.run(12, i -> TopicsFixtures.citizen());

        List<Integer> statuses = Concurrently.run(12, i -> as(reporters.get(i)).body(REASON)
                .post("/v1/posts/" + postId + "/reports").statusCode());

        // once hidden, the post is gone for the citizens still reporting it
        assertThat(statuses).containsOnly(202, 404);
        assertThat(statuses.stream().filter(s -> s == 202).count()).isGreaterThanOrEqualTo(5);
        assertThat(TopicsFixtures.number(TopicsFixtures.item("POST#" + postId, "POST"), "reportCount"))
                .isEqualTo(TopicsFixtures.count("POST#" + postId, "REPORT#"));
        assertThat(status(postId)).isEqualTo("HIDDEN");
        assertThat(TopicsFixtures.count("POST#" + postId, "MOD#")).as("one automatic hide, audited once").isEqualTo(1);
        as(TopicsFixtures.citizen()).get("/v1/posts/" + postId).then().statusCode(404);
        as(TopicsFixtures.staff("c-elsewhere")).get("/v1/posts/" + postId).then().statusCode(404);
        assertThat(listed(TopicsFixtures.citizen(), topicId)).doesNotContain(postId);
        assertThat(listed(author, topicId)).contains(postId);
        assertThat(listed(TopicsFixtures.staff(community), topicId)).contains(postId);
        as(author).get("/v1/posts/" + postId).then().statusCode(200).body("status", equalTo("hidden"));
        as(TopicsFixtures.citizen()).queryParam("limit", "100").get("/v1/topics").then()
                .body("items.find { it.topicId == '" + topicId + "' }.postCount", equalTo(0));
    }

    @Test
    void report_sameCitizenManyTimes_countsOnce() throws Exception {
        String postId = TopicsFixtures.post(TopicsFixtures.citizen(), TopicsFixtures.openTopic(), "帖子");
        String reporter = TopicsFixtures.citizen();

        assertThat(Concurrently.run(10, i -> as(reporter).body(REASON).post("/v1/posts/" + postId + "/reports")
                .statusCode())).containsOnly(202);

        assertThat(TopicsFixtures.number(TopicsFixtures.item("POST#" + postId, "POST"), "reportCount")).isEqualTo(1);
        assertThat(status(postId)).isEqualTo("PUBLISHED");
    }

    @Test
    void moderate_hideRestoreAdopt_areAuditedAndAdoptionNotifiesTheAuthorOnce() {
        String community = TopicsFixtures.newCommunity();
        String topicId = TopicsFixtures.communityTopic(community);
        String authorId = TopicsFixtures.newUser();
        String postId = TopicsFixtures.post(TopicsFixtures.citizen(authorId), topicId, "建议增设充电桩");
        String staff = TopicsFixtures.staff(community);

        moderate(staff, postId, "hide", "核实中").then().statusCode(200).body("status", equalTo("hidden"));
        as(TopicsFixtures.citizen()).get("/v1/posts/" + postId).then().statusCode(404);
        moderate(staff, postId, "restore", "已核实").then().statusCode(200).body("status", equalTo("published"));
        moderate(staff, postId, "adopt", "采纳").then().statusCode(200).body("adopted", equalTo(true))
                .body("status", equalTo("published"));
        moderate(staff, postId, "adopt", "again").then().statusCode(200);

        assertThat(TopicsFixtures.count("POST#" + postId, "MOD#")).isEqualTo(4);
        List<JsonNode> notices = TopicsFixtures.take("NotificationsQueue",
                m -> authorId.equals(m.path("userId").asText()), 1);
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).path("type").asText()).isEqualTo("user-message");
        assertThat(notices.get(0).path("text").asText()).isNotBlank();
        assertThat(TopicsFixtures.take("NotificationsQueue", m -> authorId.equals(m.path("userId").asText()), 0))
                .isEmpty();
    }

    @Test
    void moderate_isForTheTopicsStaffOnly() {
        String community = TopicsFixtures.newCommunity();
        String postId = TopicsFixtures.post(TopicsFixtures.citizen(), TopicsFixtures.communityTopic(community), "帖子");

        moderate(TopicsFixtures.citizen(), postId, "hide", "x").then().statusCode(403);
        moderate(TopicsFixtures.staff("c-elsewhere"), postId, "hide", "x").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        moderate(TopicsFixtures.admin(), postId, "hide", "x").then().statusCode(200);
        moderate(TopicsFixtures.staff(community), "00000000-0000-0000-0000-000000000000", "hide", "x").then()
                .statusCode(404);
        as(TopicsFixtures.staff(community)).body(Map.of("action", "delete", "note", "x"))
                .post("/v1/posts/" + postId + "/moderation").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void restore_afterAutomaticHide_needsFiveNewReportersToHideAgain() throws Exception {
        String postId = TopicsFixtures.post(TopicsFixtures.citizen(), TopicsFixtures.openTopic(), "帖子");
        for (int i = 0; i < 5; i++) {
            as(TopicsFixtures.citizen()).body(REASON).post("/v1/posts/" + postId + "/reports").then().statusCode(202);
        }
        assertThat(status(postId)).isEqualTo("HIDDEN");
        moderate(TopicsFixtures.staff("c-any"), postId, "restore", "误报").then().statusCode(200);

        as(TopicsFixtures.citizen()).body(REASON).post("/v1/posts/" + postId + "/reports").then().statusCode(202);
        assertThat(status(postId)).isEqualTo("PUBLISHED");
    }

    private static io.restassured.response.Response moderate(String token, String postId, String action, String note) {
        return as(token).body(Map.of("action", action, "note", note)).post("/v1/posts/" + postId + "/moderation");
    }

    private static String status(String postId) {
        return TopicsFixtures.item("POST#" + postId, "POST").get("status").s();
    }

    private static List<String> listed(String token, String topicId) {
        return as(token).get("/v1/topics/" + topicId + "/posts").then().statusCode(200).extract().jsonPath()
                .getList("items.postId");
    }
}
