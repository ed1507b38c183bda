package cloud.citizen.local.matrix;

import static cloud.citizen.local.matrix.MatrixCallers.expect;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import cloud.citizen.local.Eventually;
import cloud.citizen.local.Json;
import cloud.citizen.local.platform.SharedPlatform;

/**
 * The resources the matrix's requests name, made before the first request through the public API
 * (bills come from the demo data), and the placeholders of access-matrix.md: {@code {name}} is one
 * value for the whole run, {@code {freshName}} a new resource for every cell.
 */
public final class AccessMatrixFixtures {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)\\}");
    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    private final MatrixHttp http;
    private final MatrixCallers callers;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Function<Caller, String>> fresh = new HashMap<>();
    private final AtomicInteger counter = new AtomicInteger();
    /** Far enough ahead that the demo slots are not there, different every run on the same platform. */
    private final LocalDate slotDays = LocalDate.now(CITY).plusDays(30 + ThreadLocalRandom.current().nextInt(300));
    private MatrixCallers.Account posterA;
    private MatrixCallers.Account posterB;

    public AccessMatrixFixtures(MatrixTarget target) {
        this.http = target.http();
        this.callers = new MatrixCallers(target).signIn(community());
    }

    public MatrixCallers callers() {
        return callers;
    }

    public AccessMatrixFixtures create() {
        posterA = callers.newCitizen("矩阵发帖甲");
        posterB = callers.newCitizen("矩阵发帖乙");
        times();
        bills();
        appointments();
        votes();
        topics();
        surveys();
        catalog();
        return this;
    }

    /** The text with every placeholder filled for this caller's cell. */
    public String resolve(String text, Caller caller) {
        if (text == null) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value(matcher.group(1), caller)));
        }
        return matcher.appendTail(resolved).toString();
    }

    private String value(String name, Caller caller) {
        if (name.equals("myDisplayName")) {
            return caller == Caller.ANONYMOUS ? "Anonymous" : callers.account(caller).displayName();
        }
        if (fresh.containsKey(name)) {
            return fresh.get(name).apply(caller);
        }
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("access-matrix.md names an unknown placeholder {" + name + "}");
        }
        return value;
    }

    private String community() {
        return "c-mx-" + run;
    }

    private Optional<String> token(Caller caller) {
        return callers.token(caller);
    }

    private void times() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        values.put("run", run);
        values.put("community", community());
        values.put("citizenId", callers.account(Caller.CITIZEN).userId());
        values.put("today", LocalDate.now(CITY).toString());
        values.put("tomorrow", LocalDate.now(CITY).plusDays(1).toString());
        values.put("oneMinuteAgo", city(now.minusSeconds(60)));
        values.put("inOneDay", city(now.plus(1, ChronoUnit.DAYS)));
        values.put("inTwoDays", city(now.plus(2, ChronoUnit.DAYS)));
        fresh.put("freshPhone", caller -> SharedPlatform.freshPhone());
        fresh.put("freshId", caller -> run + "-" + counter.incrementAndGet());
        fresh.put("freshDate", caller -> slotDays.plusDays(100 + counter.incrementAndGet()).toString());
    }

    private void bills() {
        Optional<String> citizen = token(Caller.CITIZEN);
        JsonNode bills = http.get("/v1/bills?limit=100", citizen).json().path("items");
        for (JsonNode bill : bills) {
            String key = bill.path("accountNumber").asText().startsWith("DECLINE") ? "declinedBill" : "bill";
            if (key.equals("bill") || bill.path("status").asText().equals("unpaid")) {
                values.putIfAbsent(key, bill.path("billId").asText());
            }
        }
        String paymentId = pay(values.get("declinedBill"));
        values.put("payment", paymentId);
        // the sandbox declines this account within seconds: then the bill may be paid for again
        Eventually.within(SharedPlatform.PATIENCE, "the sandbox declines " + paymentId, () -> http
                .get("/v1/payments/" + paymentId, citizen).text("status").equals("failed") ? paymentId : null);
    }

    private String pay(String billId) {
        MatrixHttp.Answer payment = http.send("POST", "/v1/bills/" + billId + "/payments", token(Caller.CITIZEN),
                Json.bytes(Map.of("method", "sandbox")), Map.of("Idempotency-Key", "matrix-" + UUID.randomUUID()));
        expect(payment, 201, "paying the declined bill " + billId);
        return payment.text("paymentId");
    }

    private void appointments() {
        JsonNode providers = http.get("/v1/appointment-providers?type=hospital", Optional.empty()).json().path("items");
        String provider = providers.get(0).path("providerId").asText();
        values.put("provider", provider);
        values.put("roomySlot", newSlot(provider, slotDays, 10));
        String full = newSlot(provider, slotDays.plusDays(1), 1);
        expect(http.post("/v1/appointments", Optional.of(posterA.token()), Map.of("slotId", full)), 201, "filling " + full);
        values.put("fullSlot", full);
        MatrixHttp.Answer booked = book(newSlot(provider, slotDays.plusDays(2), 5));
        values.put("appointment", booked.text("appointmentId"));
        values.put("appointmentCode", booked.text("code"));
        fresh.put("freshAppointment", caller -> book(newSlot(provider, slotDays.plusDays(10 + counter.incrementAndGet()), 1))
                .text("appointmentId"));
    }

    private String newSlot(String provider, LocalDate date, int capacity) {
        MatrixHttp.Answer slots = http.post("/v1/appointment-providers/" + provider + "/slots", token(Caller.STAFF),
                Map.of("date", date.toString(), "start", "07:00", "end", "07:30", "capacity", capacity, "count", 1));
        expect(slots, 201, "a slot of " + provider + " on " + date);
        JsonNode items = slots.json().has("items") ? slots.json().path("items") : slots.json();
        return items.get(0).path("slotId").asText();
    }

    private MatrixHttp.Answer book(String slotId) {
        MatrixHttp.Answer booked = http.post("/v1/appointments", token(Caller.CITIZEN), Map.of("slotId", slotId));
        expect(booked, 201, "booking " + slotId);
        return booked;
    }

    private void votes() {
        loadUnit("m-1");
        fresh.put("freshOwnedUnit", caller -> {
            String unit = "m-f" + counter.incrementAndGet();
            loadUnit(unit);
            expect(http.post("/v1/communities/" + community() + "/units/" + unit + "/owners", token(Caller.STAFF),
                    Map.of("userId", callers.account(Caller.CITIZEN).userId())), 201, "binding the citizen to " + unit);
            return unit;
        });
        values.put("election", openMotion());
        fresh.put("freshElection", caller -> openMotion());
        String closed = openMotion();
        MatrixHttp.Answer ballot = http.post("/v1/elections/" + closed + "/ballots", token(Caller.CITIZEN),
                Map.of("unitId", "1-101", "choices", List.of("agree")));
        expect(ballot, 201, "the citizen's ballot");
        values.put("receipt", ballot.text("receipt"));
        expect(http.post("/v1/elections/" + closed + "/close", token(Caller.STAFF), Map.of()), 200, "closing " + closed);
        values.put("closedElection", closed);
    }

    private void loadUnit(String unitId) {
        expect(http.post("/v1/communities/" + community() + "/units", token(Caller.STAFF), List.of(Map.of("unitId",
                unitId, "building", "9", "number", "9" + unitId.hashCode() % 100, "areaM2", 80.5, "developerHeld",
                false))), 201, "loading unit " + unitId);
    }

    private String openMotion() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        MatrixHttp.Answer motion = http.post("/v1/communities/c-demo/elections", token(Caller.STAFF), Map.of("title",
                "矩阵表决 " + run, "kind", "motion", "rule", "ordinary", "opensAt", city(now.minusSeconds(30)),
                "closesAt", city(now.plus(1, ChronoUnit.DAYS))));
        expect(motion, 201, "opening a motion in c-demo");
        return motion.text("electionId");
    }

    private void topics() {
        MatrixHttp.Answer topic = http.post("/v1/topics", token(Caller.STAFF), Map.of("title", "矩阵话题 " + run,
                "description", "access matrix", "communityId", "c-demo"));
        expect(topic, 201, "a topic");
        String topicId = topic.text("topicId");
        values.put("topic", topicId);
        values.put("post", post(topicId, callers.account(Caller.CITIZEN)));
        // a post per cell where one caller's report or moderation would change the next caller's answer;
        // two authors, as one citizen may publish only ten posts an hour
        AtomicInteger posts = new AtomicInteger();
        fresh.put("freshPost", caller -> post(topicId, posts.incrementAndGet() % 2 == 0 ? posterA : posterB));
        JsonNode words = http.get("/v1/moderation/words", token(Caller.ADMIN)).json();
        var body = Json.object();
        for (String field : List.of("banned", "review", "allowed")) {
            if (words.has(field)) {
                body.set(field, words.get(field));
            }
        }
        values.put("moderationWords", Json.text(body));
    }

    private String post(String topicId, MatrixCallers.Account author) {
        MatrixHttp.Answer post = http.post("/v1/topics/" + topicId + "/posts", Optional.of(author.token()),
                Map.of("text", "矩阵测试帖子 " + counter.incrementAndGet(), "imageKeys", List.of()));
        expect(post, 201, "a post in " + topicId);
        return post.text("postId");
    }

    private void surveys() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        MatrixHttp.Answer survey = http.post("/v1/surveys", token(Caller.STAFF), Map.of("title", "矩阵问卷 " + run,
                "opensAt", city(now.minusSeconds(60)), "closesAt", city(now.plus(1, ChronoUnit.DAYS)), "anonymous", false,
                "requireRealName", true, "communityId", "c-demo", "questions", List.of(Map.of("questionId", "like",
                        "type", "single", "title", "喜欢吗", "required", true, "options", List.of("喜欢", "不喜欢")))));
        expect(survey, 201, "a survey");
        values.put("survey", survey.text("surveyId"));
        MatrixHttp.Answer export = http.post("/v1/surveys/" + survey.text("surveyId") + "/exports", token(Caller.STAFF),
                Map.of());
        expect(export, 202, "an export");
        values.put("export", export.text("exportId"));
    }

    private void catalog() {
        MatrixHttp.Answer service = http.post("/v1/services", token(Caller.ADMIN), Map.of("name", "矩阵服务 " + run,
                "category", "community", "districtId", "wuhou", "online", true, "keywords", List.of("matrix")));
        expect(service, 201, "a service");
        values.put("service", service.text("serviceId"));
        values.put("submission", submit());
        fresh.put("freshSubmission", caller -> submit());
    }

    private String submit() {
        MatrixHttp.Answer submitted = http.post("/v1/service-submissions", token(Caller.CITIZEN), Map.of("name",
                "矩阵提交 " + counter.incrementAndGet(), "category", "community", "description", "access matrix",
                "organisation", "矩阵协会", "contact", "matrix@example.org"));
        expect(submitted, 201, "a service submission");
        return submitted.text("submissionId");
    }

    private static String city(Instant instant) {
        return instant.atOffset(ZoneOffset.ofHours(8)).toString();
    }
}
