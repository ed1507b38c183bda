package cloud.citizen.appointments.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.sqs.model.Message;

import cloud.citizen.appointments.AppointmentsGraph;
import cloud.citizen.appointments.domain.CityTime;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.events.AppointmentHandlers;
import cloud.citizen.emulator.testing.LambdaEvents;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** The evening job, through its real entry point with an EventBridge scheduled event. */
@QuarkusTest
@EmulatedAwsTest
class RemindersTest {
    @Inject
    AppointmentsGraph graph;

    @Test
    void eveningRun_remindsEveryoneStillBookedForTomorrow_andOnlyThem() {
        // a day far ahead, so that no other test's bookings fall on it
        LocalDate day = CityTime.dateOf(Instant.now()).plusDays(200 + (int) (Math.random() * 100));
        Provider hospital = Fixtures.provider(graph, ProviderType.HOSPITAL, "c-remind");
        String kept = Fixtures.newUser();
        String alsoKept = Fixtures.newUser();
        String cancelling = Fixtures.newUser();
        String dayAfter = Fixtures.newUser();
        var morning = Fixtures.slot(graph, hospital, at(day, 9), 5);
        BookingTest.book(Fixtures.citizen(kept), morning).then().statusCode(201);
        BookingTest.book(Fixtures.citizen(alsoKept), Fixtures.slot(graph, hospital, at(day, 15), 5)).then().statusCode(201);
        String cancelled = BookingTest.book(Fixtures.citizen(cancelling), morning).then().statusCode(201).extract()
                .path("appointmentId");
        Fixtures.as(Fixtures.citizen(cancelling)).delete("/v1/appointments/" + cancelled).then().statusCode(204);
        BookingTest.book(Fixtures.citizen(dayAfter), Fixtures.slot(graph, hospital, at(day.plusDays(1), 9), 5)).then()
                .statusCode(201);
        Set<String> people = Set.of(kept, alsoKept, cancelling, dayAfter);
        // 18:00 city time the evening before = 10:00 UTC
        Instant evening = day.minusDays(1).atTime(18, 0).atZone(CityTime.ZONE).toInstant();

        Map<String, Object> result = AppointmentHandlers.remindersHandler().handleRequest(eveningEvent(evening), null);

        assertThat(result).containsEntry("day", day.toString());
        List<Message> reminders = Fixtures.take("NotificationsQueue",
                body -> people.contains(body.path("userId").asText()), 2);
        assertThat(reminders.stream().map(m -> Fixtures.read(m.body()).path("userId").asText()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(kept, alsoKept);
        var reminder = Fixtures.read(reminders.get(0).body());
        assertThat(reminder.path("type").asText()).isEqualTo("user-message");
        assertThat(reminder.path("eventId").asText()).startsWith("reminder-");
        assertThat(reminder.path("text").asText()).contains(hospital.name()).contains("明天");
        assertThat((Integer) result.get("reminded")).isEqualTo(2);
    }

    @Test
    void aRepeatedRun_sendsTheSameEventIds_soNotificationsDropsTheDuplicates() {
        LocalDate day = CityTime.dateOf(Instant.now()).plusDays(400 + (int) (Math.random() * 100));
        Provider site = Fixtures.provider(graph, ProviderType.VACCINE, "c-remind");
        String person = Fixtures.newUser();
        BookingTest.book(Fixtures.citizen(person), Fixtures.slot(graph, site, at(day, 10), 5)).then().statusCode(201);
        Instant evening = day.minusDays(1).atTime(18, 0).atZone(CityTime.ZONE).toInstant();

        AppointmentHandlers.remindersHandler().handleRequest(eveningEvent(evening), null);
        AppointmentHandlers.remindersHandler().handleRequest(eveningEvent(evening.plusSeconds(60)), null);

        List<Message> reminders = Fixtures.take("NotificationsQueue", body -> person.equals(body.path("userId").asText()), 2);
        assertThat(reminders).hasSize(2);
        assertThat(reminders.stream().map(m -> Fixtures.read(m.body()).path("eventId").asText()).distinct()).hasSize(1);
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(CityTime.ZONE).toOffsetDateTime();
    }

    private static com.amazonaws.services.lambda.runtime.events.ScheduledEvent eveningEvent(java.time.Instant firedAt) {
        return LambdaEvents.scheduled(firedAt, "appointments-evening-before");
    }
}
