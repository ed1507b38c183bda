package cloud.citizen.appointments.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.appointments.AppointmentsGraph;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** Runs booking, a failed and a good check-in, and a cancellation; then no code or token may be in the log file. */
@QuarkusTest
@EmulatedAwsTest
class LogHygieneTest {
    @Inject
    AppointmentsGraph graph;

    @Test
    void logs_neverContainBookingCodesOrTokens() throws Exception {
        Slot slot = Fixtures.slot(graph, Fixtures.provider(graph, ProviderType.VACCINE, "c-logs"), Fixtures.tomorrowAt(9, 0), 2);
        String token = Fixtures.citizen(Fixtures.newUser());
        String staff = Fixtures.tokens().staff("s-logs", "c-logs");
        var booked = BookingTest.book(token, slot).then().statusCode(201).extract();
        String id = booked.path("appointmentId");
        String code = booked.path("code");
        Fixtures.as(staff).body(Map.of("code", "WRONG123")).post("/v1/appointments/" + id + "/check-in").then().statusCode(422);
        Fixtures.as(staff).body(Map.of("code", code)).post("/v1/appointments/" + id + "/check-in").then().statusCode(200);
        var second = BookingTest.book(Fixtures.citizen(Fixtures.newUser()), slot).then().statusCode(201).extract();
        Fixtures.as(token + "x").get("/v1/appointments").then().statusCode(401);
        List<String> secrets = new ArrayList<>(List.of(code, second.path("code"), token, staff));

        String content = Files.readString(Path.of("target/test-logs/appointments.log"), StandardCharsets.UTF_8);
        assertThat(content).isNotBlank();
        for (String secret : secrets) {
            assertThat(content).as("the log must not contain a code or token").doesNotContain(secret);
        }
    }
}
