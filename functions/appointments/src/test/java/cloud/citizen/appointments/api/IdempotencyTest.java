package cloud.citizen.appointments.api;

import static cloud.citizen.appointments.testing.AppointmentsFixtures.as;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.citizen;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.newId;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.newUser;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.provider;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.remaining;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.slot;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tomorrowAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** The Idempotency-Key contract on booking: a retried POST replays the first answer and books once. */
@QuarkusTest
@EmulatedAwsTest
class IdempotencyTest {
    @Inject
    AppointmentsComponents components;

    @Test
    void sameKeyAndBody_replaysTheFirstBooking() {
        Slot slot = slot(components, provider(components, ProviderType.HOSPITAL, "c-idem"), tomorrowAt(9, 0), 5);
        String token = citizen(newUser());
        String key = newId("key");

        String first = as(token).header("Idempotency-Key", key).body(Map.of("slotId", slot.slotId()))
                .post("/v1/appointments").then().statusCode(201).extract().asString();
        String again = as(token).header("Idempotency-Key", key).body(Map.of("slotId", slot.slotId()))
                .post("/v1/appointments").then().statusCode(201).header("Idempotent-Replayed", "true").extract().asString();

        assertThat(again).isEqualTo(first);
        assertThat(remaining(components, slot)).isEqualTo(4);
        as(token).header("Idempotency-Key", key).body(Map.of("slotId", slot.slotId() + "x"))
                .post("/v1/appointments").then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }
}
