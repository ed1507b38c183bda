package cloud.citizen.topics.api;

import static cloud.citizen.topics.testing.TopicsFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.topics.testing.TopicsFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** PUT and DELETE /v1/posts/{postId}/like: idempotent, and likeCount exact under any concurrency. */
@QuarkusTest
@EmulatedAwsTest
class LikesTest {
    /**
     * Distinct citizens liking one post at once. 1,000 pass here too ({@code -Dtopics.test.crowd=1000})
     * but take two minutes on a busy 2-core CI machine; the benchmark goes to thousands.
     */
    static final int CROWD = Integer.getInteger("topics.test.crowd", 500);

    @Test
    void like_byACrowdAtOnce_countsEveryCitizenExactlyOnce() throws Exception {
        String postId = TopicsFixtures.post(TopicsFixtures.citizen(), TopicsFixtures.openTopic(), "点赞测试");
        List<String> tokens = Concurrently.run(CROWD, 16, i -> TopicsFixtures.citizen());

        List<Integer> statuses = Concurrently.run(CROWD, 32,
                i -> as(tokens.get(i)).put("/v1/posts/" + postId + "/like").statusCode());

        assertThat(statuses).containsOnly(204);
        assertThat(likeCount(postId)).isEqualTo(CROWD);
        assertThat(TopicsFixtures.count("POST#" + postId, "LIKE#")).isEqualTo(CROWD);
    }

    @Test
    void like_twentyTimesAtOnceByOneCitizen_countsOnce() throws Exception {
        String postId = TopicsFixtures.post(TopicsFixtures.citizen(), TopicsFixtures.openTopic(), "点赞测试");
        String token = TopicsFixtures.citizen();

        assertThat(Concurrently.run(20, i -> as(token).put("/v1/posts/" + postId + "/like").statusCode()))
                .containsOnly(204);

        assertThat(likeCount(postId)).isEqualTo(1);
        as(token).get("/v1/posts/" + postId).then().body("likedByMe", equalTo(true));
    }

    @Test
    void likeAndUnlike_racing_endWithTheCountOfLikesThatStand() throws Exception {
        String postId = TopicsFixtures.post(TopicsFixtures.citizen(), TopicsFixtures.openTopic(), "点赞测试");
        List<String> tokens = Concurrently.run(40, 8, i -> TopicsFixtures.citizen());

        Concurrently.run(200, 32, i -> {
            String token = tokens.get(i % tokens.size());
            return i % 2 == 0 ? as(token).put("/v1/posts/" + postId + "/like").statusCode()
                    : as(token).delete("/v1/posts/" + postId + "/like").statusCode();
        });

        assertThat(likeCount(postId)).isEqualTo(TopicsFixtures.count("POST#" + postId, "LIKE#"));
        assertThat(likeCount(postId)).isBetween(0L, 40L);
    }

    @Test
    void unlike_whatWasNeverLiked_is204AndChangesNothing() {
        String postId = TopicsFixtures.post(TopicsFixtures.citizen(), TopicsFixtures.openTopic(), "点赞测试");
        String token = TopicsFixtures.citizen();
        as(token).delete("/v1/posts/" + postId + "/like").then().statusCode(204);
        as(token).put("/v1/posts/" + postId + "/like").then().statusCode(204);
        as(token).delete("/v1/posts/" + postId + "/like").then().statusCode(204);
        as(token).delete("/v1/posts/" + postId + "/like").then().statusCode(204);
        assertThat(likeCount(postId)).isZero();
        as(token).put("/v1/posts/00000000-0000-0000-0000-000000000000/like").then().statusCode(404)
                .body("code", equalTo("POST_NOT_FOUND"));
    }

    private static long likeCount(String postId) {
        return TopicsFixtures.number(TopicsFixtures.item("POST#" + postId, "POST"), "likeCount");
    }
}
