package cloud.citizen.surveys.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.TestTokens;
import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.surveys.domain.Answer;
import cloud.citizen.surveys.domain.Question;
import cloud.citizen.surveys.domain.Survey;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The module's one fixture class: ids from a counter and a per-run prefix (the emulated table is
 * shared by every test of the JVM), tokens as accounts issues them, survey bodies, and a look at
 * what a survey's partition holds.
 */
public final class SurveysFixtures {
    public static final String COMMUNITY = "c-surveys";
    private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36) + "-"
            + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private SurveysFixtures() {
    }

    public static String newId(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    public static TestTokens tokens() {
        return TestTokens.forFunctionUnderTest();
    }

    public static String citizen(String userId) {
        return tokens().citizen(userId, true);
    }

    public static String staff(String userId) {
        return tokens().staff(userId, COMMUNITY);
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    /** A service-level caller: a verified citizen. */
    public static Caller citizenCaller(String userId) {
        return new Caller(userId, Set.of(Role.CITIZEN), Set.of(), true);
    }

    public static Caller staffCaller(String userId) {
        return new Caller(userId, Set.of(Role.CITIZEN, Role.STAFF), Set.of(COMMUNITY), true);
    }

    /** The demo questionnaire's shape: choices with showIf, a rating, a number and a text. */
    public static Map<String, Object> summerSurvey() {
        return survey(List.of(
                question("used", "single", true, Map.of("options", List.of("是", "否"))),
                question("features", "multiple", true, Map.of("options", List.of("缴费", "预约", "投票", "=公式"),
                        "maxChoices", 3, "showIf", Map.of("questionId", "used", "anyOf", List.of("是")))),
                question("score", "rating", true, Map.of()),
                question("age", "number", false, Map.of("min", 0, "max", 120)),
                question("advice", "text", false, Map.of("maxLength", 200))));
    }

    public static Map<String, Object> survey(List<Map<String, Object>> questions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "夏日回音 " + newId("t"));
        body.put("opensAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(5).toString());
        body.put("closesAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(7).toString());
        body.put("questions", questions);
        return body;
    }

    public static Map<String, Object> question(String id, String type, boolean required, Map<String, Object> extra) {
        Map<String, Object> question = new LinkedHashMap<>(Map.of("questionId", id, "type", type, "title", "问题 " + id,
                "required", required));
        question.putAll(extra);
        return question;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    /** Creates a survey through the API as staff; returns its id. */
    public static String create(Map<String, Object> body) {
        return as(staff(newId("u-staff"))).body(body).post("/v1/surveys").then().statusCode(201).extract()
                .path("surveyId");
    }

    /** A generated survey as the API's JSON body (open now). */
    public static Map<String, Object> bodyOf(Survey survey) {
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Question q : survey.questions()) {
            Map<String, Object> extra = new LinkedHashMap<>();
            if (!q.options().isEmpty()) {
                extra.put("options", q.options());
            }
            putIfSet(extra, "minChoices", q.minChoices());
            putIfSet(extra, "maxChoices", q.maxChoices());
            putIfSet(extra, "maxLength", q.maxLength());
            putIfSet(extra, "min", q.min());
            putIfSet(extra, "max", q.max());
            if (q.showIf() != null) {
                extra.put("showIf", Map.of("questionId", q.showIf().questionId(), "anyOf", q.showIf().anyOf()));
            }
            questions.add(question(q.questionId(), q.type().wireName(), q.required(), extra));
        }
        return with(survey(questions), "anonymous", survey.anonymous());
    }

    public static Map<String, Object> answersOf(Map<String, Answer> answers) {
        Map<String, Object> json = new LinkedHashMap<>();
        answers.forEach((id, answer) -> json.put(id, jsonOf(answer)));
        return Map.of("answers", json);
    }

    private static Object jsonOf(Answer answer) {
        if (answer instanceof Answer.Text text) {
            return text.value();
        }
        if (answer instanceof Answer.Choices choices) {
            return choices.values();
        }
        if (answer instanceof Answer.Numeric number) {
            return number.value();
        }
        return Boolean.TRUE;
    }

    private static void putIfSet(Map<String, Object> map, String field, Object value) {
        if (value != null) {
            map.put(field, value instanceof BigDecimal decimal ? decimal : value);
        }
    }

    public static String tableName() {
        return EmulatedAwsResource.resources().tableName("SurveysTable");
    }

    /** The sort keys in a survey's partition (DEFINITION, LIMIT, TALLY#n, RESPONDENT#…, RESPONSE#…). */
    public static List<Map<String, AttributeValue>> partition(String surveyId) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            var page = EmulatedAwsResource.aws().dynamoDb().query(q -> q.tableName(tableName())
                    .keyConditionExpression("pk = :pk").consistentRead(true).exclusiveStartKey(from)
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("SURVEY#" + surveyId))));
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    public static long countWithPrefix(String surveyId, String prefix) {
        return partition(surveyId).stream().filter(item -> item.get("sk").s().startsWith(prefix)).count();
    }

    /** Only the definition (and the LIMIT counter of a limited survey) exist: no response, marker or tally. */
    public static void assertNothingWritten(String surveyId) {
        assertThat(partition(surveyId)).extracting(item -> item.get("sk").s()).allMatch(
                sk -> sk.equals("DEFINITION") || sk.equals("LIMIT"));
    }
}
