package cloud.citizen.votes.testing;

import static io.restassured.RestAssured.given;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.LambdaEvents;
import cloud.citizen.emulator.testing.TestTokens;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.votes.VotesComponents;
import cloud.citizen.votes.VotesSettings;
import cloud.citizen.votes.events.UserDirectoryHandler;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The module's one fixture class: ids from a counter and a per-run prefix (the emulated tables
 * are shared by every test of the JVM), tokens as accounts issues them, users fed into votes'
 * directory through the real consumer, and communities, owners and elections made through the API.
 */
public final class VotesFixtures {
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile VotesComponents components;

    private VotesFixtures() {
    }

    public static String newId(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    public static TestTokens tokens() {
        return TestTokens.forFunctionUnderTest();
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static String staffOf(String communityId) {
        return tokens().staff(newId("staff"), communityId);
    }

    public static String citizen(String userId) {
        return tokens().citizen(userId, true);
    }

    /** The HTTP function's components, built from its environment (for reading state and handlers). */
    public static VotesComponents components() {
        if (components == null) {
            components = components(Clock.systemUTC());
        }
        return components;
    }

    public static VotesComponents components(Clock clock) {
        return components(EmulatedAwsResource.environment(), clock);
    }

    public static VotesComponents components(Map<String, String> environment, Clock clock) {
        Environment env = Environment.of(environment);
        return new VotesComponents(VotesSettings.from(env), AwsClients.from(env), clock,
                new CursorCodec(env.secret("CURSOR_KEY").orElse("the workers hand out no cursors")));
    }

    public static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** A user that accounts announced as registered and real-name verified. */
    public static String verifiedUser() {
        String userId = newId("u");
        userEvent("user-registered", userId, "业主 " + userId);
        userEvent("user-verified", userId, "业主 " + userId);
        return userId;
    }

    public static String unverifiedUser() {
        String userId = newId("u");
        userEvent("user-registered", userId, "居民 " + userId);
        return userId;
    }

    public static void userEvent(String type, String userId, String displayName) {
        String body = json(Map.of("type", type, "eventId", newId("ev"), "userId", userId, "displayName", displayName,
                "occurredAt", Instant.now().toString()));
        var response = new UserDirectoryHandler(components()).handleRequest(LambdaEvents.sqsBody(body), null);
        if (!response.getBatchItemFailures().isEmpty()) {
            throw new IllegalStateException("the user directory refused " + type);
        }
    }

    /** Loads {@code count} units of 100.00 m² (unit ids {prefix}-1..count) into a fresh community. */
    public static List<Map<String, Object>> units(String prefix, int count) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(unit(prefix + "-" + i, "100.00", false));
        }
        return rows;
    }

    public static Map<String, Object> unit(String unitId, String areaM2, boolean developerHeld) {
        return Map.of("unitId", unitId, "building", "1", "number", unitId, "areaM2", new java.math.BigDecimal(areaM2),
                "developerHeld", developerHeld);
    }

    public static Response load(String staff, String communityId, Object rows) {
        return as(staff).body(rows).post("/v1/communities/{c}/units", communityId);
    }

    public static void bind(String staff, String communityId, String unitId, String userId) {
        as(staff).body(Map.of("userId", userId)).post("/v1/communities/{c}/units/{u}/owners", communityId, unitId)
                .then().statusCode(201);
    }

    public static Map<String, Object> motion(String rule, Instant opensAt, Instant closesAt) {
        return Map.of("title", "维修资金使用 " + newId("m"), "kind", "motion", "rule", rule,
                "opensAt", cityTime(opensAt), "closesAt", cityTime(closesAt));
    }

    public static Map<String, Object> openMotion(String rule) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return motion(rule, now.minusSeconds(60), now.plus(7, ChronoUnit.DAYS));
    }

    public static Map<String, Object> election(List<String> candidateIds, int seats, Instant opensAt, Instant closesAt) {
        List<Map<String, String>> candidates = candidateIds.stream()
                .map(id -> Map.of("candidateId", id, "name", "候选人 " + id)).toList();
        return Map.of("title", "业委会选举 " + newId("e"), "kind", "election", "candidates", candidates, "seats", seats,
                "opensAt", cityTime(opensAt), "closesAt", cityTime(closesAt));
    }

    public static String create(String staff, String communityId, Map<String, Object> body) {
        return as(staff).body(body).post("/v1/communities/{c}/elections", communityId).then().statusCode(201)
                .extract().path("electionId");
    }

    public static Response vote(String token, String electionId, String unitId, List<String> choices) {
        return as(token).body(Map.of("unitId", unitId, "choices", choices)).post("/v1/elections/{e}/ballots", electionId);
    }

    public static String cityTime(Instant instant) {
        return instant.atOffset(ZoneOffset.ofHours(8)).toString();
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
