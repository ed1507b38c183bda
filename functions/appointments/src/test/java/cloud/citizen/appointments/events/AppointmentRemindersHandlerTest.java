package cloud.citizen.appointments.events;

import static cloud.citizen.appointments.testing.AppointmentsFixtures.as;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.book;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.citizen;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.newUser;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.provider;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.read;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.remindersHandler;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.slot;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.take;
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

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.domain.CityTime;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.emulator.testing.LambdaEvents;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** The evening job, through its real entry point with an EventBridge scheduled event. */
@QuarkusTest
@EmulatedAwsTest
class AppointmentRemindersHandlerTest {
    @Inject
    AppointmentsComponents components;

    @Test
    void eveningRun_remindsEveryoneStillBookedForTomorrow_andOnlyThem() {
        // a day far ahead that no other test books on (each test of this class has its own)
        LocalDate day = CityTime.dateOf(Instant.now()).plusDays(250);
        Provider hospital = provider(components, ProviderType.HOSPITAL, "c-remind");
        String kept = newUser();
        String alsoKept = newUser();
        String cancelling = newUser();
        String dayAfter = newUser();
        var morning = slot(components, hospital, at(day, 9), 5);
        book(citizen(kept), morning).then().statusCode(201);
        book(citizen(alsoKept), slot(components, hospital, at(day, 15), 5)).then().statusCode(201);
        String cancelled = book(citizen(cancelling), morning).then().statusCode(201).extract()
                .path("appointmentId");
        as(citizen(cancelling)).delete("/v1/appointments/" + cancelled).then().statusCode(204);
        book(citizen(dayAfter), slot(components, hospital, at(day.plusDays(1), 9), 5)).then()
                .statusCode(201);
        Set<String> people = Set.of(kept, alsoKept, cancelling, dayAfter);
        // 18:00 city time the evening before = 10:00 UTC
        Instant evening = day.minusDays(1).atTime(18, 0).atZone(CityTime.ZONE).toInstant();

        Map<String, Object> result = remindersHandler().handleRequest(eveningEvent(evening), null);

        assertThat(result).containsEntry("day", day.toString());
        List<Message> reminders = take("NotificationsQueue",
                body -> people.contains(body.path("userId").asText()), 2);
        assertThat(reminders.stream().map(m -> read(m.body()).path("userId").asText()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(kept, alsoKept);
        var reminder = read(reminders.get(0).body());
        assertThat(reminder.path("type").asText()).isEqualTo("user-message");
        assertThat(reminder.path("eventId").asText()).startsWith("reminder-");
        assertThat(reminder.path("text").asText()).contains(hospital.name()).contains("明天");
        assertThat((Integer) result.get("reminded")).isEqualTo(2);
    }

    @Test
    void aRepeatedRun_sendsTheSameEventIds_soNotificationsDropsTheDuplicates() {
        LocalDate day = CityTime.dateOf(Instant.now()).plusDays(450);
        Provider site = provider(components, ProviderType.VACCINE, "c-remind");
        String person = newUser();
        book(citizen(person), slot(components, site, at(day, 10), 5)).then().statusCode(201);
        Instant evening = day.minusDays(1).atTime(18, 0).atZone(CityTime.ZONE).toInstant();

        remindersHandler().handleRequest(eveningEvent(evening), null);
        remindersHandler().handleRequest(eveningEvent(evening.plusSeconds(60)), null);

        List<Message> reminders = take("NotificationsQueue", body -> person.equals(body.path("userId").asText()), 2);
        assertThat(reminders).hasSize(2);
        assertThat(reminders.stream().map(m -> read(m.body()).path("eventId").asText()).distinct()).hasSize(1);
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(CityTime.ZONE).toOffsetDateTime();
    }

    private static ScheduledEvent eveningEvent(Instant firedAt) {
        return LambdaEvents.scheduled(firedAt, "appointments-evening-before");
    }
}
