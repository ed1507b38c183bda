package cloud.citizen.appointments.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.appointments.AppointmentsGraph;
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
    AppointmentsGraph graph;

    @Test
    void thirtyPeopleAtOnceOnFiveSeats_fiveBooked_restSlotFull() throws Exception {
        Slot slot = Fixtures.slot(graph, Fixtures.provider(graph, ProviderType.VACCINE, "c-http"), Fixtures.tomorrowAt(9, 0), 5);
        List<String> tokens = java.util.stream.IntStream.range(0, 30).mapToObj(i -> Fixtures.citizen(Fixtures.newUser()))
                .toList();

        List<String> outcomes = Concurrently.run(30, i -> outcome(tokens.get(i), slot));

        assertThat(outcomes).filteredOn("201"::equals).hasSize(5);
        assertThat(outcomes).filteredOn(o -> !o.equals("201")).containsOnly("409 SLOT_FULL");
        assertThat(Fixtures.remaining(graph, slot)).isZero();
    }

    @Test
    void onePersonPressingTenTimesAtOnce_oneBooking() throws Exception {
        Slot slot = Fixtures.slot(graph, Fixtures.provider(graph, ProviderType.VACCINE, "c-http"), Fixtures.tomorrowAt(9, 0), 5);
        String token = Fixtures.citizen(Fixtures.newUser());

        List<String> outcomes = Concurrently.run(10, i -> outcome(token, slot));

        assertThat(outcomes).filteredOn("201"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.equals("201")).containsOnly("409 ALREADY_BOOKED");
        assertThat(Fixtures.remaining(graph, slot)).isEqualTo(4);
    }

    private static String outcome(String token, Slot slot) {
        var response = Fixtures.as(token).body(Map.of("slotId", slot.slotId())).post("/v1/appointments");
        return response.statusCode() == 201 ? "201" : response.statusCode() + " " + response.path("code");
    }
}
