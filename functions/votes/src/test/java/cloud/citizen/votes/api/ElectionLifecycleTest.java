package cloud.citizen.votes.api;

import static cloud.citizen.votes.testing.VotesFixtures.as;
import static cloud.citizen.votes.testing.VotesFixtures.anonymous;
import static cloud.citizen.votes.testing.VotesFixtures.bind;
import static cloud.citizen.votes.testing.VotesFixtures.citizen;
import static cloud.citizen.votes.testing.VotesFixtures.create;
import static cloud.citizen.votes.testing.VotesFixtures.election;
import static cloud.citizen.votes.testing.VotesFixtures.load;
import static cloud.citizen.votes.testing.VotesFixtures.newId;
import static cloud.citizen.votes.testing.VotesFixtures.openMotion;
import static cloud.citizen.votes.testing.VotesFixtures.staffOf;
import static cloud.citizen.votes.testing.VotesFixtures.unit;
import static cloud.citizen.votes.testing.VotesFixtures.verifiedUser;
import static cloud.citizen.votes.testing.VotesFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.votes.domain.AuditTrail;
import cloud.citizen.votes.testing.QueueReader;
import cloud.citizen.votes.testing.VotesFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** A motion and an election from creation to audit, through the real routes. */
@QuarkusTest
@EmulatedAwsTest
class ElectionLifecycleTest {

    /** Community with units a (100), b (100), c (100), d (60) where x owns a and b; y owns c; z owns d. */
    record Community(String id, String staff, String x, String y, String z) {
    }

    private static Community community() {
        String c = newId("c");
        String staff = staffOf(c);
        load(staff, c, List.of(unit("a", "100", false), unit("b", "100.00", false), unit("c", "100", false),
                unit("d", "60.50", false))).then().statusCode(201);
        Community community = new Community(c, staff, verifiedUser(), verifiedUser(), verifiedUser());
        bind(staff, c, "a", community.x());
        bind(staff, c, "b", community.x());
        bind(staff, c, "c", community.y());
        bind(staff, c, "d", community.z());
        return community;
    }

    @Test
    void motion_castClosedAndCounted_withReceiptsResultsAndAnAuditThatReChecks() throws Exception {
        Community c = community();
        String e = create(c.staff(), c.id(), openMotion("ordinary"));

        as(citizen(c.x())).get("/v1/elections/{e}", e).then().statusCode(200).body("status", equalTo("open"))
                .body("options", contains("agree", "disagree", "abstain"))
                .body("turnout.units", equalTo(4)).body("turnout.owners", equalTo(3))
                .body("turnout.areaM2", equalTo(360.5f)).body("turnout.ownersVoted", equalTo(0));
        String receipt = vote(citizen(c.x()), e, "b", List.of("agree")).then().statusCode(201)
                .body("receipt", notNullValue()).extract().path("receipt");
        vote(citizen(c.x()), e, "a", List.of("disagree")).then().statusCode(409).body("code", equalTo("ALREADY_VOTED"));
        vote(citizen(c.y()), e, "c", List.of("agree")).then().statusCode(201);
        as(citizen(c.z())).get("/v1/elections/{e}", e).then().statusCode(200)
                .body("turnout.unitsVoted", equalTo(3)).body("turnout.ownersVoted", equalTo(2))
                .body("turnout.areaVotedM2", equalTo(300.0f)).body("results", nullValue());
        as(citizen(c.z())).get("/v1/elections/{e}/results", e).then().statusCode(409)
                .body("code", equalTo("ELECTION_NOT_CLOSED"));
        as(c.staff()).get("/v1/elections/{e}/audit", e).then().statusCode(409).body("code", equalTo("ELECTION_NOT_CLOSED"));

        as(c.staff()).post("/v1/elections/{e}/close", e).then().statusCode(200)
                .body("participation.ownersVoted", equalTo(2)).body("quorumMet", equalTo(true))
                .body("passed", equalTo(true)).body("countersAgree", equalTo(true));

        vote(citizen(c.z()), e, "d", List.of("agree")).then().statusCode(409).body("code", equalTo("ELECTION_NOT_OPEN"));
        as(c.staff()).post("/v1/elections/{e}/close", e).then().statusCode(409).body("code", equalTo("ELECTION_NOT_OPEN"));
        var results = as(citizen(c.z())).get("/v1/elections/{e}/results", e).then().statusCode(200)
                .body("electionId", equalTo(e)).body("kind", equalTo("motion")).body("rule", equalTo("ordinary"))
                .body("participation.units", equalTo(4)).body("participation.unitsVoted", equalTo(3))
                .body("participation.owners", equalTo(3)).body("participation.areaM2", equalTo(360.5f))
                .body("participation.areaVotedM2", equalTo(300.0f))
                .body("choices.choice", contains("agree", "disagree", "abstain"))
                .body("choices[0].ballots", equalTo(2)).body("choices[0].units", equalTo(3))
                .body("choices[0].owners", equalTo(2)).body("choices[0].areaM2", equalTo(300.0f))
                .body("choices[2].ballots", equalTo(0)).body("elected", nullValue())
                .extract().jsonPath();
        anonymous().get("/v1/elections/{e}/receipts/{r}", e, receipt).then().statusCode(200).body("included", equalTo(true));
        anonymous().get("/v1/elections/{e}/receipts/{r}", e, "not-a-receipt").then().statusCode(404);

        String url = as(c.staff()).get("/v1/elections/{e}/audit", e).then().statusCode(200).extract().path("downloadUrl");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        String head = results.getString("auditChainHead");
        assertThat(AuditTrail.verify(e, csv.body(), head).intact()).isTrue();
        assertThat(csv.body().lines().filter(l -> l.startsWith("ballot,"))).hasSize(2);
        assertThat(csv.body()).contains("," + cloud.citizen.votes.domain.Receipts.hash(receipt) + ",a;b,200.00,agree,");
        String tampered = csv.body().replaceFirst(",a;b,200.00,agree,", ",a;b,200.00,disagree,");
        assertThat(AuditTrail.verify(e, tampered, head).intact()).isFalse();
    }

    @Test
    void ballots_recordAUsageEventForStats() throws Exception {
        Community c = community();
        String e = create(c.staff(), c.id(), openMotion("major"));
        vote(citizen(c.y()), e, "c", List.of("abstain")).then().statusCode(201);
        var usage = QueueReader.await("StatsQueue", 1, m -> c.y().equals(m.path("userId").asText()));
        assertThat(usage).hasSize(1);
        assertThat(usage.get(0).path("kind").asText()).isEqualTo("ballot");
        assertThat(usage.get(0).path("serviceId").asText()).isEqualTo("votes.ballot");
    }

    @Test
    void election_electsTheCandidatesThatCarry_andOwnersAreNotifiedWhenItOpens() throws Exception {
        Community c = community();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String e = create(c.staff(), c.id(), election(List.of("p", "q", "r"), 2, now.minusSeconds(5), now.plus(1, ChronoUnit.DAYS)));
        vote(citizen(c.x()), e, "a", List.of("p", "q")).then().statusCode(201);
        vote(citizen(c.y()), e, "c", List.of("p", "r")).then().statusCode(201);
        vote(citizen(c.z()), e, "d", List.of("p", "q", "r")).then().statusCode(422).body("code", equalTo("INVALID_BALLOT"));
        vote(citizen(c.z()), e, "d", List.of("q")).then().statusCode(201);

        as(c.staff()).post("/v1/elections/{e}/close", e).then().statusCode(200)
                .body("kind", equalTo("election")).body("elected", contains("p", "q"))
                .body("tieAtLastSeat", equalTo(false)).body("choices.choice", contains("p", "q", "r"));
        var notices = QueueReader.await("NotificationsQueue", 3,
                m -> m.path("eventId").asText().startsWith("votes-opened-" + e));
        assertThat(notices).extracting(n -> n.path("userId").asText()).containsExactlyInAnyOrder(c.x(), c.y(), c.z());
        assertThat(notices.get(0).path("type").asText()).isEqualTo("user-message");
    }

    @Test
    void aFutureElection_isScheduled_andTakesNoBallotsYet() {
        Community c = community();
        Instant now = Instant.now();
        String e = create(c.staff(), c.id(), VotesFixtures.motion("ordinary", now.plus(1, ChronoUnit.HOURS),
                now.plus(2, ChronoUnit.HOURS)));
        as(c.staff()).get("/v1/elections/{e}", e).then().statusCode(200).body("status", equalTo("scheduled"))
                .body("turnout", nullValue());
        vote(citizen(c.x()), e, "a", List.of("agree")).then().statusCode(409).body("code", equalTo("ELECTION_NOT_OPEN"));
        as(c.staff()).post("/v1/elections/{e}/close", e).then().statusCode(409).body("code", equalTo("ELECTION_NOT_OPEN"));
        as(citizen(c.y())).get("/v1/communities/{c}/elections", c.id()).then().statusCode(200)
                .body("items.electionId", contains(e)).body("nextCursor", nullValue());
    }

    @Test
    void createElection_refusesContradictions_with422_andBadShapes_with400_writingNothing() {
        Community c = community();
        Instant now = Instant.now();
        var candidates = List.of(Map.of("candidateId", "p", "name", "P"), Map.of("candidateId", "q", "name", "Q"));
        List<Map<String, Object>> unprocessable = List.of(
                VotesFixtures.motion("ordinary", now.plusSeconds(7200), now.plusSeconds(3600)),
                VotesFixtures.motion("ordinary", now.minusSeconds(7200), now.minusSeconds(3600)),
                Map.of("title", "t", "kind", "election", "candidates", candidates, "seats", 3,
                        "opensAt", VotesFixtures.cityTime(now), "closesAt", VotesFixtures.cityTime(now.plusSeconds(60))),
                Map.of("title", "t", "kind", "election", "candidates", candidates, "seats", 0,
                        "opensAt", VotesFixtures.cityTime(now), "closesAt", VotesFixtures.cityTime(now.plusSeconds(60))),
                Map.of("title", "t", "kind", "election", "candidates", List.of(candidates.get(0), candidates.get(0)),
                        "seats", 1, "opensAt", VotesFixtures.cityTime(now), "closesAt", VotesFixtures.cityTime(now.plusSeconds(60))));
        for (Map<String, Object> body : unprocessable) {
            as(c.staff()).body(body).post("/v1/communities/{c}/elections", c.id()).then().statusCode(422)
                    .contentType("application/problem+json").body("code", equalTo("INVALID_ELECTION"));
        }
        List<Object> malformed = List.of(Map.of("title", "t"), Map.of("title", "t", "kind", "referendum", "rule", "ordinary",
                "opensAt", "2026-11-28T09:00:00+08:00", "closesAt", "2026-12-28T09:00:00+08:00"),
                Map.of("title", "t", "kind", "motion", "rule", "ordinary", "opensAt", "tomorrow",
                        "closesAt", "2026-12-28T09:00:00+08:00"),
                Map.of("title", "t", "kind", "motion", "rule", "huge", "opensAt", "2026-11-28T09:00:00+08:00",
                        "closesAt", "2026-12-28T09:00:00+08:00"),
                Map.of("title", "t", "kind", "election", "opensAt", "2026-11-28T09:00:00+08:00",
                        "closesAt", "2026-12-28T09:00:00+08:00"),
                List.of(1, 2));
        for (Object body : malformed) {
            as(c.staff()).body(body).post("/v1/communities/{c}/elections", c.id()).then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        }
        as(c.staff()).get("/v1/communities/{c}/elections", c.id()).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void badBallots_are4xx_andCountNothing() {
        Community c = community();
        String e = create(c.staff(), c.id(), openMotion("ordinary"));
        vote(citizen(c.x()), e, "a", List.of()).then().statusCode(422).body("code", equalTo("INVALID_BALLOT"));
        vote(citizen(c.x()), e, "a", List.of("agree", "agree")).then().statusCode(422);
        vote(citizen(c.x()), e, "a", List.of("yes")).then().statusCode(422);
        vote(citizen(c.x()), e, "c", List.of("agree")).then().statusCode(403).body("code", equalTo("NOT_UNIT_OWNER"));
        vote(citizen(c.x()), e, "zzz", List.of("agree")).then().statusCode(403).body("code", equalTo("NOT_UNIT_OWNER"));
        vote(citizen(c.x()), "e-missing", "a", List.of("agree")).then().statusCode(404);
        as(citizen(c.x())).body(Map.of("unitId", "a")).post("/v1/elections/{e}/ballots", e).then().statusCode(400);
        as(citizen(c.x())).body(Map.of("unitId", "a", "choices", "agree")).post("/v1/elections/{e}/ballots", e).then()
                .statusCode(400).contentType("application/problem+json");
        as(citizen(c.x())).body("{\"unitId\": 7}").post("/v1/elections/{e}/ballots", e).then().statusCode(400);
        as(c.staff()).get("/v1/elections/{e}", e).then().body("turnout.ownersVoted", equalTo(0));
    }
}
