package cloud.citizen.appointments.service;

import static cloud.citizen.appointments.testing.AppointmentsFixtures.newUser;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.provider;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.remaining;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.slot;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tableName;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tomorrowAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.domain.Appointment;
import cloud.citizen.appointments.domain.AppointmentStatus;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.platform.problem.Refusal;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A vaccine release: many people press "book" in the same instant. Run at the service level with
 * real threads (the HTTP test server may serialise requests), against the emulated DynamoDB.
 */
@QuarkusTest
@EmulatedAwsTest
class RushTest {
    private static final int THREADS = 48;

    @Inject
    AppointmentsComponents components;

    @Test
    void rush_2000PeopleOnCapacity100_exactly100Booked_1900SlotFull_nobodyTwice() throws Exception {
        Slot slot = vaccineSlot(100);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            people.add(newUser());
        }

        long started = System.nanoTime();
        List<String> outcomes = Concurrently.run(people.size(), THREADS, i -> attempt(people.get(i), slot.slotId()));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        Map<String, Long> byOutcome = outcomes.stream().collect(Collectors.groupingBy(o -> o, Collectors.counting()));
        assertThat(byOutcome).as("outcomes after %d ms", millis).containsOnly(Map.entry("BOOKED", 100L),
                Map.entry("SLOT_FULL", 1900L));
        List<Map<String, AttributeValue>> stored = appointmentsOf(slot);
        assertThat(stored).hasSize(100);
        assertThat(stored.stream().map(item -> item.get("userId").s()).distinct()).hasSize(100);
        assertThat(remaining(components, slot)).isZero();
        assertThat(components.slotCalendar().occupancy(slot).booked()).isEqualTo(100);
    }

    @Test
    void samePersonPressing20TimesAtOnce_getsOneBooking() throws Exception {
        Slot slot = vaccineSlot(10);
        String person = newUser();

        List<String> outcomes = Concurrently.run(20, THREADS, i -> attempt(person, slot.slotId()));

        assertThat(outcomes).filteredOn("BOOKED"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.equals("BOOKED")).containsOnly("ALREADY_BOOKED");
        assertThat(appointmentsOf(slot)).hasSize(1);
        assertThat(remaining(components, slot)).isEqualTo(9);
    }

    @Test
    void cancellationsDuringTheRush_neverPushTheCountOverCapacity() throws Exception {
        Slot slot = vaccineSlot(50);
        List<String> early = new ArrayList<>();
        List<Appointment> cancellable = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String person = newUser();
            early.add(person);
            cancellable.add(components.booking().book(citizen(person), slot.slotId()));
        }
        List<String> rushers = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            rushers.add(newUser());
        }
        Set<String> cancelled = ConcurrentHashMap.newKeySet();

        List<String> outcomes = Concurrently.run(rushers.size() + cancellable.size(), THREADS, i -> {
            if (i % 20 == 0 && i / 20 < cancellable.size()) {
                Appointment mine = cancellable.get(i / 20);
                components.cancellation().cancel(citizen(mine.userId()), mine.appointmentId());
                cancelled.add(mine.appointmentId());
                return "CANCELLED";
            }
            return attempt(rushers.get(i % rushers.size()), slot.slotId());
        });

        long active = appointmentsOf(slot).stream().filter(item -> item.get("status").s().equals("BOOKED")).count();
        assertThat(active).as("active bookings").isLessThanOrEqualTo(50);
        assertThat(components.slotCalendar().occupancy(slot).booked()).as("seats taken on the counters").isEqualTo((int) active);
        assertThat(outcomes).filteredOn("CANCELLED"::equals).hasSize(cancelled.size());
        assertThat(outcomes).doesNotContain("SLOT_BUSY", "ERROR");
    }

    private Slot vaccineSlot(int capacity) {
        Provider site = provider(components, ProviderType.VACCINE, "c-rush");
        return slot(components, site, tomorrowAt(9, 0), capacity);
    }

    private String attempt(String person, String slotId) {
        try {
            Appointment appointment = components.booking().book(citizen(person), slotId);
            return appointment.status() == AppointmentStatus.BOOKED ? "BOOKED" : "?";
        } catch (Refusal refusal) {
            return refusal.code();
        } catch (RuntimeException e) {
            return "ERROR";
        }
    }

    private static Caller citizen(String userId) {
        return new Caller(userId, Set.of(Role.CITIZEN), Set.of(), true);
    }

    private List<Map<String, AttributeValue>> appointmentsOf(Slot slot) {
        // test-only read of everything booked on the slot; production never scans
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            var page = EmulatedAwsResource.aws().dynamoDb().scan(scan -> scan.tableName(tableName())
                    .filterExpression("slotId = :slot AND begins_with(pk, :appt)")
                    .expressionAttributeValues(Map.of(":slot", AttributeValue.fromS(slot.slotId()),
                            ":appt", AttributeValue.fromS("APPT#")))
                    .exclusiveStartKey(from));
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }
}
