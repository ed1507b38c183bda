package cloud.citizen.topics.api;

import static cloud.citizen.topics.testing.TopicsFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.topics.testing.TopicsFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** 10 accepted posts per citizen in any 60 minutes, 60 comments an hour: 429 with Retry-After. */
@QuarkusTest
@EmulatedAwsTest
class RateLimitTest {

    @Test
    void posts_twentyAtOnceByOneCitizen_acceptTenExactly_andRefuseTheRestWithRetryAfter() throws Exception {
        String topicId = TopicsFixtures.openTopic();
        String token = TopicsFixtures.citizen();

        List<io.restassured.response.Response> responses = Concurrently.run(20, i -> as(token)
                .body(Map.of("text", "第 " + i + " 条")).post("/v1/topics/" + topicId + "/posts"));

        assertThat(responses.stream().filter(r -> r.statusCode() == 201)).hasSize(10);
        List<io.restassured.response.Response> refused = responses.stream().filter(r -> r.statusCode() != 201).toList();
        assertThat(refused).hasSize(10).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(3_000L, 3_600L);
        });
        assertThat(TopicsFixtures.postIds(topicId)).hasSize(10);
        TopicsFixtures.post(TopicsFixtures.citizen(), topicId, "别人不受影响");
    }

    @Test
    void posts_refusedForContent_doNotUseTheAllowance() {
        String topicId = TopicsFixtures.openTopic();
        String token = TopicsFixtures.citizen();
        as(token).body(Map.of("text", "x".repeat(2_001))).post("/v1/topics/" + topicId + "/posts").then().statusCode(400);
        for (int i = 0; i < 10; i++) {
            TopicsFixtures.post(token, topicId, "帖子 " + i);
        }
        as(token).body(Map.of("text", "第十一条")).post("/v1/topics/" + topicId + "/posts").then().statusCode(429)
                .body("code", equalTo("TOO_MANY_POSTS"));
    }

    @Test
    void comments_sixtyAnHour_the61stIs429() throws Exception {
        String postId = TopicsFixtures.post(TopicsFixtures.citizen(), TopicsFixtures.openTopic(), "热帖");
        String token = TopicsFixtures.citizen();

        List<Integer> statuses = Concurrently.run(61, 16, i -> as(token).body(Map.of("text", "评论 " + i))
                .post("/v1/posts/" + postId + "/comments").statusCode());

        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(60);
        assertThat(statuses.stream().filter(s -> s == 429)).hasSize(1);
        assertThat(TopicsFixtures.number(TopicsFixtures.item("POST#" + postId, "POST"), "commentCount")).isEqualTo(60);
    }
}
