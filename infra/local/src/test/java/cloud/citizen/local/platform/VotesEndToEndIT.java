package cloud.citizen.local.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import cloud.citizen.emulator.RepositoryRoot;
import cloud.citizen.emulator.testing.LocalStackAvailability;
import cloud.citizen.local.Eventually;
import cloud.citizen.local.seed.DemoAccount;
import cloud.citizen.local.seed.LocalApiClient;

/**
 * Votes as the app uses it, through the local gateway and the packaged functions: the demo
 * citizen owns unit 1-101 of c-demo (seeded through the API once accounts announced them to votes
 * on UserDirectoryQueue); staff open a motion, the citizen casts a ballot and checks the receipt,
 * staff close it and everyone reads the result.
 */
@ExtendWith(LocalStackAvailability.class)
class VotesEndToEndIT {

    /**
     * Votes binds only users it learnt from accounts' user-directory events. Until the accounts
     * function publishes them (its template environment names USER_DIRECTORY_QUEUE_URL), no owner
     * can be bound on the local platform, so this scenario cannot run: it is skipped then, not faked.
     */
    private static boolean accountsPublishesUserEvents() throws Exception {
        String template = Files.readString(RepositoryRoot.locate().resolve("template.yaml"));
        int accounts = template.indexOf("  AccountsFunction:");
        int next = template.indexOf("\n  # ----", accounts);
        return accounts >= 0 && template.substring(accounts, next < 0 ? template.length() : next)
                .contains("USER_DIRECTORY_QUEUE_URL");
    }

    @Test
    void staffOpenAMotion_theDemoCitizenVotes_andTheClosedResultCountsThatBallot() throws Exception {
        LocalApiClient api = SharedPlatform.api(); // starts the platform: its seeding (VotesSeed included) runs either way
        Optional<String> staff = Optional.of(SharedPlatform.accessToken(DemoAccount.STAFF));
        assertThat(api.get("/v1/communities/c-demo/units", staff).body().path("items").size()).isEqualTo(4);
        assumeTrue(accountsPublishesUserEvents(), "accounts does not publish user-directory events yet");
        Optional<String> citizen = Optional.of(SharedPlatform.accessToken(DemoAccount.CITIZEN));
        JsonNode mine = Eventually.within(SharedPlatform.PATIENCE, "the demo citizen owns a unit of c-demo", () -> {
            JsonNode items = api.get("/v1/me/units", citizen).body().path("items");
            return items.size() > 0 ? items.get(0) : null;
        });
        assertThat(mine.path("communityId").asText()).isEqualTo("c-demo");
        String unitId = mine.path("unitId").asText();

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalApiClient.Response created = api.post("/v1/communities/c-demo/elections", Map.of("title", "e2e 公示栏更换",
                "kind", "motion", "rule", "ordinary", "opensAt", now.minusSeconds(30).atOffset(ZoneOffset.ofHours(8)).toString(),
                "closesAt", now.plus(1, ChronoUnit.DAYS).atOffset(ZoneOffset.ofHours(8)).toString()), staff);
        assertThat(created.status()).as("create " + created.body()).isEqualTo(201);
        String electionId = created.text("electionId");

        LocalApiClient.Response ballot = api.post("/v1/elections/" + electionId + "/ballots",
                Map.of("unitId", unitId, "choices", List.of("agree")), citizen);
        assertThat(ballot.status()).as("ballot " + ballot.body()).isEqualTo(201);
        assertThat(api.post("/v1/elections/" + electionId + "/ballots", Map.of("unitId", unitId, "choices",
                List.of("disagree")), citizen).text("code")).isEqualTo("ALREADY_VOTED");
        assertThat(api.get("/v1/elections/" + electionId + "/results", citizen).status()).isEqualTo(409);

        LocalApiClient.Response closed = api.post("/v1/elections/" + electionId + "/close", Map.of(), staff);
        assertThat(closed.status()).as("close " + closed.body()).isEqualTo(200);

        JsonNode results = api.get("/v1/elections/" + electionId + "/results", citizen).body();
        assertThat(results.path("participation").path("ownersVoted").asInt()).isEqualTo(1);
        assertThat(results.path("choices").get(0).path("choice").asText()).isEqualTo("agree");
        assertThat(results.path("choices").get(0).path("ballots").asInt()).isEqualTo(1);
        assertThat(results.path("countersAgree").asBoolean()).isTrue();
        LocalApiClient.Response receipt = api.get("/v1/elections/" + electionId + "/receipts/" + ballot.text("receipt"),
                Optional.empty());
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.body().path("included").asBoolean()).isTrue();
        assertThat(api.get("/v1/elections/" + electionId + "/audit", staff).text("downloadUrl")).startsWith("http");
    }
}
