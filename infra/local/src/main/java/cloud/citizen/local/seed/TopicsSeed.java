package cloud.citizen.local.seed;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The "life circle" demo: an open topic of the demo staff's community and a couple of posts by the
 * demo citizen, all through the public API as those people. Re-running finds the topic by its title
 * and creates nothing.
 */
public final class TopicsSeed implements SeedStep {

    static final String TITLE = "生活圈：您对社区建设有什么建议？";
    static final List<String> POSTS = List.of("建议在小区东门加装路灯，晚上回家太黑了。",
            "希望周末能开放学校操场，方便孩子们锻炼。");
    private static final Logger LOG = Logger.getLogger(TopicsSeed.class.getName());

    @Override
    public String function() {
        return "TopicsFunction";
    }

    @Override
    public void seed(SeedContext context) {
        Optional<String> staff = Optional.of(context.accessToken(DemoAccount.STAFF));
        if (existingTopic(context, staff).isPresent()) {
            LOG.fine("topics: demo topic already there");
            return;
        }
        String community = DemoAccount.STAFF.communities().iterator().next();
        LocalApiClient.Response topic = context.api().post("/v1/topics", Map.of("title", TITLE, "description",
                "社区工作人员想听听大家的想法：道路、绿化、停车、活动场地，都可以说。", "communityId", community), staff);
        require(topic, 201, "create the demo topic");
        Optional<String> citizen = Optional.of(freshToken(context, DemoAccount.CITIZEN));
        for (String text : POSTS) {
            require(context.api().post("/v1/topics/" + topic.text("topicId") + "/posts", Map.of("text", text), citizen),
                    201, "post as the demo citizen");
        }
        LOG.fine(() -> "topics: demo topic and " + POSTS.size() + " posts created");
    }

    /**
     * A token issued now: the one the accounts step kept may predate the citizen's real-name
     * verification, and posting needs a token that already says {@code realNameVerified}.
     */
    private static String freshToken(SeedContext context, DemoAccount account) {
        LocalApiClient.Response login = context.api().post("/v1/auth/login",
                Map.of("phone", account.phone(), "password", account.password()), Optional.empty());
        require(login, 200, "log in as " + account.displayName());
        return login.text("accessToken");
    }

    private static Optional<String> existingTopic(SeedContext context, Optional<String> token) {
        LocalApiClient.Response topics = context.api().get("/v1/topics?limit=100", token);
        require(topics, 200, "list topics");
        for (JsonNode item : topics.body().path("items")) {
            if (TITLE.equals(item.path("title").asText())) {
                return Optional.of(item.path("topicId").asText());
            }
        }
        return Optional.empty();
    }

    private static void require(LocalApiClient.Response response, int status, String what) {
        if (response.status() != status) {
            throw new IllegalStateException("topics seed could not " + what + ": " + response.status() + " "
                    + response.body());
        }
    }
}
