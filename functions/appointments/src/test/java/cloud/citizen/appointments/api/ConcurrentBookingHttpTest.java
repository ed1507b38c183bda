package cloud.citizen.appointments.api;

import static cloud.citizen.appointments.testing.AppointmentsFixtures.as;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.citizen;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.newUser;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.provider;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.remaining;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.slot;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tomorrowAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** A small rush through the HTTP entry point (the big one runs at the service level: RushTest). */
@QuarkusTest
@EmulatedAwsTest
class ConcurrentBookingHttpTest {
    @Inject
    AppointmentsComponents components;

    @Test
    void thirtyPeopleAtOnceOnFiveSeats_fiveBooked_restSlotFull() throws Exception {
        Slot slot = slot(components, provider(components, ProviderType.VACCINE, "c-http"), tomorrowAt(9, 0), 5);
        List<String> tokens = java.util.stream.IntStream.range(0, 30).mapToObj(i -> citizen(newUser()))
                .toList();

        List<String> outcomes = Concurrently.run(30, i -> outcome(tokens.get(i), slot));

        assertThat(outcomes).filteredOn("201"::equals).hasSize(5);
        assertThat(outcomes).filteredOn(o -> !o.equals("201")).containsOnly("409 SLOT_FULL");
        assertThat(remaining(components, slot)).isZero();
    }

    @Test
    void onePersonPressingTenTimesAtOnce_oneBooking() throws Exception {
        Slot slot = slot(components, provider(components, ProviderType.VACCINE, "c-http"), tomorrowAt(9, 0), 5);
        String token = citizen(newUser());

        List<String> outcomes = Concurrently.run(10, i -> outcome(token, slot));

        assertThat(outcomes).filteredOn("201"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.equals("201")).containsOnly("409 ALREADY_BOOKED");
        assertThat(remaining(components, slot)).isEqualTo(4);
    }

    private static String outcome(String token, Slot slot) {
        var response = as(token).body(Map.of("slotId", slot.slotId())).post("/v1/appointments");
        return response.statusCode() == 201 ? "201" : response.statusCode() + " " + response.path("code");
    }
}
