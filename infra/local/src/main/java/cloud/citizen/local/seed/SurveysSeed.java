package cloud.citizen.local.seed;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The "夏日回音" questionnaire that the demo city invites every citizen to answer, created through
 * the public API by the demo staff account (surveys are published by staff), open from now for 90
 * days. Idempotent: a survey with that title already in the list is left alone.
 */
public final class SurveysSeed implements SeedStep {
    public static final String TITLE = "夏日回音";
    private static final Logger LOG = Logger.getLogger(SurveysSeed.class.getName());

    @Override
    public String function() {
        return "SurveysFunction";
    }

    @Override
    public void seed(SeedContext context) {
        Optional<String> staff = Optional.of(context.accessToken(DemoAccount.STAFF));
        if (exists(context, staff)) {
            LOG.fine(() -> "surveys: " + TITLE + " already there");
            return;
        }
        LocalApiClient.Response created = context.api().post("/v1/surveys", definition(), staff);
        if (created.status() != 201) {
            throw new IllegalStateException("creating the demo survey answered " + created.status() + " " + created.body());
        }
        LOG.fine(() -> "surveys: " + TITLE + " created as " + created.text("surveyId"));
    }

    private static boolean exists(SeedContext context, Optional<String> token) {
        String cursor = null;
        do {
            LocalApiClient.Response page = context.api().get("/v1/surveys?limit=20"
                    + (cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor,
                            java.nio.charset.StandardCharsets.UTF_8)), token);
            for (JsonNode survey : page.body().path("items")) {
                if (TITLE.equals(survey.path("title").asText())) {
                    return true;
                }
            }
            cursor = page.body().path("nextCursor").isTextual() ? page.body().path("nextCursor").asText() : null;
        } while (cursor != null);
        return false;
    }

    static Map<String, Object> definition() {
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"));
        Map<String, Object> survey = new LinkedHashMap<>();
        survey.put("title", TITLE);
        survey.put("opensAt", now.minusMinutes(1).toString());
        survey.put("closesAt", now.plusDays(90).toString());
        survey.put("anonymous", true);
        survey.put("requireRealName", false);
        survey.put("questions", List.of(
                question("used", "single", "这个夏天您用过天府市民云办事吗？", true,
                        Map.of("options", List.of("用过", "没用过"))),
                question("services", "multiple", "您用过哪些服务？", true, Map.of("options",
                        List.of("生活缴费", "预约挂号", "疫苗接种", "小区投票", "市民议事"), "maxChoices", 5,
                        "showIf", Map.of("questionId", "used", "anyOf", List.of("用过")))),
                question("satisfaction", "rating", "总体满意度（1-5 分）", true,
                        Map.of("showIf", Map.of("questionId", "used", "anyOf", List.of("用过")))),
                question("minutesSaved", "number", "比起跑窗口，您大约节省了多少分钟？", false,
                        Map.of("min", 0, "max", 1440, "showIf", Map.of("questionId", "used", "anyOf", List.of("用过")))),
                question("why", "single", "没用过的主要原因是？", false, Map.of("options",
                        List.of("不知道有这个平台", "不会用", "更习惯去窗口"),
                        "showIf", Map.of("questionId", "used", "anyOf", List.of("没用过")))),
                question("advice", "text", "您希望我们改进什么？", false, Map.of("maxLength", 500))));
        return survey;
    }

    private static Map<String, Object> question(String id, String type, String title, boolean required,
            Map<String, Object> extra) {
        Map<String, Object> question = new LinkedHashMap<>(Map.of("questionId", id, "type", type, "title", title,
                "required", required));
        question.putAll(extra);
        return question;
    }
}
