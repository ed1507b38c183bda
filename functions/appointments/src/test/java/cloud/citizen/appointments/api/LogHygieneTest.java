package cloud.citizen.appointments.api;

import static cloud.citizen.appointments.testing.AppointmentsFixtures.as;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.book;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.citizen;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.newUser;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.provider;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.slot;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tokens;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tomorrowAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** Runs booking, a failed and a good check-in, and a cancellation; then no code or token may be in the log file. */
@QuarkusTest
@EmulatedAwsTest
class LogHygieneTest {
    @Inject
    AppointmentsComponents components;

    @Test
    void logs_neverContainBookingCodesOrTokens() throws Exception {
        Slot slot = slot(components, provider(components, ProviderType.VACCINE, "c-logs"), tomorrowAt(9, 0), 2);
        String token = citizen(newUser());
        String staff = tokens().staff("s-logs", "c-logs");
        var booked = book(token, slot).then().statusCode(201).extract();
        String id = booked.path("appointmentId");
        String code = booked.path("code");
        as(staff).body(Map.of("code", "WRONG123")).post("/v1/appointments/" + id + "/check-in").then().statusCode(422);
        as(staff).body(Map.of("code", code)).post("/v1/appointments/" + id + "/check-in").then().statusCode(200);
        var second = book(citizen(newUser()), slot).then().statusCode(201).extract();
        as(token + "x").get("/v1/appointments").then().statusCode(401);
        List<String> secrets = new ArrayList<>(List.of(code, second.path("code"), token, staff));

        String content = Files.readString(Path.of("target/test-logs/appointments.log"), StandardCharsets.UTF_8);
        assertThat(content).isNotBlank();
        for (String secret : secrets) {
            assertThat(content).as("the log must not contain a code or token").doesNotContain(secret);
        }
    }
}
