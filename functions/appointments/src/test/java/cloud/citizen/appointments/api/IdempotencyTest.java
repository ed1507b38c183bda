package cloud.citizen.appointments.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.appointments.AppointmentsGraph;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** The Idempotency-Key contract on booking: a retried POST replays the first answer and books once. */
@QuarkusTest
@EmulatedAwsTest
class IdempotencyTest {
    @Inject
    AppointmentsGraph graph;

    @Test
    void sameKeyAndBody_replaysTheFirstBooking() {
        Slot slot = Fixtures.slot(graph, Fixtures.provider(graph, ProviderType.HOSPITAL, "c-idem"), Fixtures.tomorrowAt(9, 0), 5);
        String token = Fixtures.citizen(Fixtures.newUser());
        String key = UUID.randomUUID().toString();

        String first = Fixtures.as(token).header("Idempotency-Key", key).body(Map.of("slotId", slot.slotId()))
                .post("/v1/appointments").then().statusCode(201).extract().asString();
        String again = Fixtures.as(token).header("Idempotency-Key", key).body(Map.of("slotId", slot.slotId()))
                .post("/v1/appointments").then().statusCode(201).header("Idempotent-Replayed", "true").extract().asString();

        assertThat(again).isEqualTo(first);
        assertThat(Fixtures.remaining(graph, slot)).isEqualTo(4);
        Fixtures.as(token).header("Idempotency-Key", key).body(Map.of("slotId", slot.slotId() + "x"))
                .post("/v1/appointments").then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }
}
