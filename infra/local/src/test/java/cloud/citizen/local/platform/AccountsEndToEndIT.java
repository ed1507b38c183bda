package cloud.citizen.local.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import software.amazon.awssdk.services.sqs.SqsClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;

import cloud.citizen.emulator.testing.LocalStackAvailability;
import cloud.citizen.local.Eventually;
import cloud.citizen.local.Json;
import cloud.citizen.local.Platform;
import cloud.citizen.local.seed.LocalApiClient;

/**
 * Accounts through the packaged zips, as deployed: the SMS code travels through the notifications
 * function (a plain handler), the access token names the citizen, and a unit the votes function
 * announces on UnitOwnershipQueue reaches GET /v1/me through AccountsUnitOwnershipFunction.
 */
@ExtendWith(LocalStackAvailability.class)
class AccountsEndToEndIT {

    @Test
    void registeredCitizen_getsANamedToken_andTheUnitsVotesAnnounces() throws Exception {
        String token = SharedPlatform.registerCitizen("端到端");
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("name")).isEqualTo("端到端");
        LocalApiClient api = SharedPlatform.api();
        String userId = api.get("/v1/me", Optional.of(token)).text("userId");

        Platform platform = SharedPlatform.platform();
        SqsClient sqs = platform.stack().aws().sqs();
        String queue = platform.stack().resources().queueUrl("UnitOwnershipQueue");
        String bound = Json.text(Map.of("type", "unit-owner-bound", "eventId", "e2e-" + userId, "userId", userId,
                "communityId", "c-e2e", "unitId", "unit-3-502", "building", "3", "number", "3-502",
                "areaM2", "89.50", "occurredAt", Instant.now().toString()));
        sqs.sendMessage(send -> send.queueUrl(queue).messageBody(bound));

        LocalApiClient.Response me = Eventually.within(SharedPlatform.PATIENCE, "the unit in /v1/me", () -> {
            LocalApiClient.Response response = api.get("/v1/me", Optional.of(token));
            return response.body().path("units").isEmpty() ? null : response;
        });

        JsonNode unit = me.body().path("units").get(0);
        assertThat(unit.path("unitId").asText()).isEqualTo("unit-3-502");
        assertThat(unit.path("areaM2").isNumber()).isTrue();
        assertThat(me.raw().body()).contains("\"areaM2\":89.50");
    }
}
