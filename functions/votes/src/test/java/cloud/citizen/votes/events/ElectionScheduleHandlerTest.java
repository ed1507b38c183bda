package cloud.citizen.votes.events;

import static cloud.citizen.votes.testing.VotesFixtures.as;
import static cloud.citizen.votes.testing.VotesFixtures.bind;
import static cloud.citizen.votes.testing.VotesFixtures.citizen;
import static cloud.citizen.votes.testing.VotesFixtures.create;
import static cloud.citizen.votes.testing.VotesFixtures.load;
import static cloud.citizen.votes.testing.VotesFixtures.newId;
import static cloud.citizen.votes.testing.VotesFixtures.staffOf;
import static cloud.citizen.votes.testing.VotesFixtures.unit;
import static cloud.citizen.votes.testing.VotesFixtures.verifiedUser;
import static cloud.citizen.votes.testing.VotesFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.emulator.testing.LambdaEvents;
import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.votes.VotesComponents;
import cloud.citizen.votes.domain.ElectionStatus;
import cloud.citizen.votes.testing.QueueReader;
import cloud.citizen.votes.testing.VotesFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** The every-minute schedule, run through its handler with the schedule function's own environment. */
@QuarkusTest
@EmulatedAwsTest
class ElectionScheduleHandlerTest {

    private static VotesComponents scheduleComponentsAt(Instant now) {
        return VotesFixtures.components(EmulatedAwsResource.stack().environmentOf("VotesScheduleFunction"),
                Clock.fixed(now, java.time.ZoneOffset.UTC));
    }

    private static Map<String, Integer> runScheduleAt(Instant now) {
        return new ElectionScheduleHandler(scheduleComponentsAt(now))
                .handleRequest(Map.of("detail-type", "Scheduled Event"), null);
    }

    @Test
    void theSchedule_opensAFutureElectionWhenItsTimeComes_andClosesItOnceItIsDue() throws Exception {
        String c = newId("c");
        String staff = staffOf(c);
        load(staff, c, List.of(unit("s1", "100", false), unit("s2", "100", false))).then().statusCode(201);
        String owner = verifiedUser();
        bind(staff, c, "s1", owner);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant opensAt = now.plus(3, ChronoUnit.HOURS);
        Instant closesAt = opensAt.plus(1, ChronoUnit.HOURS);
        String e = create(staff, c, VotesFixtures.motion("ordinary", opensAt, closesAt));

        runScheduleAt(opensAt.minusSeconds(1));
        as(staff).get("/v1/elections/{e}", e).then().body("status", equalTo("scheduled"));
        runScheduleAt(opensAt.plusSeconds(30));
        as(staff).get("/v1/elections/{e}", e).then().body("status", equalTo("open")).body("turnout.owners", equalTo(2));
        var notice = QueueReader.await("NotificationsQueue", 1, m -> m.path("eventId").asText().startsWith("votes-opened-" + e));
        assertThat(notice).extracting(m -> m.path("userId").asText()).containsExactly(owner);

        Caller caller = new Caller(owner, java.util.Set.of(Role.CITIZEN), java.util.Set.of(), true);
        VotesFixtures.components(VotesFixtures.clockAt(opensAt.plusSeconds(60))).voting().cast(caller, e, "s1", List.of("agree"));
        runScheduleAt(closesAt.minusSeconds(1));
        as(staff).get("/v1/elections/{e}", e).then().body("status", equalTo("open"));

        runScheduleAt(closesAt.plusSeconds(10));

        as(staff).get("/v1/elections/{e}", e).then().body("status", equalTo("closed"));
        as(citizen(owner)).get("/v1/elections/{e}/results", e).then().statusCode(200)
                .body("participation.ownersVoted", equalTo(1)).body("quorumMet", equalTo(false))
                .body("passed", equalTo(false)).body("countersAgree", equalTo(true));
        vote(citizen(owner), e, "s1", List.of("agree")).then().statusCode(409).body("code", equalTo("ELECTION_NOT_OPEN"));
        assertThat(VotesFixtures.components().electionViews()
                .show(new Caller("admin", java.util.Set.of(Role.ADMIN), java.util.Set.of(), true), e).election().status())
                .isEqualTo(ElectionStatus.CLOSED);
    }

    @Test
    void aScheduledEvent_asLambdaDeliversIt_isAccepted() {
        Map<String, Integer> run = new ElectionScheduleHandler(scheduleComponentsAt(Instant.parse("2020-01-01T00:00:00Z")))
                .handleRequest(Map.of("id", LambdaEvents.scheduled(Instant.now(), "votes").getId()), null);
        assertThat(run).containsEntry("failed", 0).containsKeys("opened", "closed", "noticesSent");
    }
}
