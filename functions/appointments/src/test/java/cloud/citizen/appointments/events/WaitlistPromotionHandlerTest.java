package cloud.citizen.appointments.events;

import static cloud.citizen.appointments.testing.AppointmentsFixtures.as;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.book;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.cancelOnlyAppointmentOf;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.citizen;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.fullSlot;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.joinWaitlist;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.newUser;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.provider;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.read;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.remaining;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.slot;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.take;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tomorrowAt;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.usageOf;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.waitlistPromotionHandler;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.sqs.model.Message;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.fasterxml.jackson.databind.JsonNode;

import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.emulator.testing.LambdaEvents;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What happens when a booked seat is cancelled while people wait: the seat is handed over through
 * the waitlist queue to WaitlistPromotionHandler (called through its real Lambda entry point with
 * the messages the queue holds), which books the first waiter, queues their notice and tells stats.
 */
@QuarkusTest
@EmulatedAwsTest
class WaitlistPromotionHandlerTest {
    @Inject
    AppointmentsComponents components;

    @Test
    void handOver_booksTheFirstWaiter_whoIsNotifiedAndCounted_once() {
        String holder = newUser();
        Slot slot = fullSlot(components, holder, "c-wait");
        String waiter = newUser();
        String next = newUser();
        joinWaitlist(citizen(waiter), slot).then().statusCode(201);
        joinWaitlist(citizen(next), slot).then().statusCode(201);

        cancelOnlyAppointmentOf(holder);
        assertThat(remaining(components, slot)).as("the seat is kept for the waitlist").isZero();
        List<Message> handovers = handoversOf(slot);
        SQSBatchResponse response = waitlistPromotionHandler()
                .handleRequest(LambdaEvents.sqs(handovers), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        as(citizen(waiter)).get("/v1/appointments").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].slotId", equalTo(slot.slotId()))
                .body("items[0].status", equalTo("booked"));
        List<Message> notices = take("NotificationsQueue",
                body -> waiter.equals(body.path("userId").asText()), 1);
        assertThat(notices).hasSize(1);
        var notice = read(notices.get(0).body());
        assertThat(notice.path("type").asText()).isEqualTo("user-message");
        assertThat(notice.path("eventId").asText()).isNotBlank();
        assertThat(notice.path("text").asText()).contains(slot.providerName());

        // Lambda delivers at least once: the same hand-over again books nobody else
        assertThat(waitlistPromotionHandler().handleRequest(LambdaEvents.sqs(handovers), null)
                .getBatchItemFailures()).isEmpty();
        as(citizen(next)).get("/v1/appointments").then()
                .body("items.size()", equalTo(0));
        assertThat(remaining(components, slot)).isZero();
        assertThat(components.slotCalendar().occupancy(slot).booked()).isEqualTo(1);
        List<JsonNode> usage = usageOf(waiter);
        assertThat(usage).as("one usage event for the promotion, none for the redelivery").hasSize(1);
        assertThat(usage.get(0).path("kind").asText()).isEqualTo("appointment");
        assertThat(usage.get(0).path("serviceId").asText()).isEqualTo("appointments.vaccine");
        assertThat(usageOf(next)).isEmpty();
    }

    @Test
    void handOver_withNobodyLeftWhoCanTakeIt_givesTheSeatBack() {
        String holder = newUser();
        Provider hospital = provider(components, ProviderType.HOSPITAL, "c-wait");
        Slot slot = slot(components, hospital, tomorrowAt(9, 0), 1);
        book(citizen(holder), slot).then().statusCode(201);
        String waiter = newUser();
        joinWaitlist(citizen(waiter), slot).then().statusCode(201);
        // meanwhile the waiter books another slot of the same provider and day: they can no longer be promoted
        book(citizen(waiter),
                slot(components, hospital, tomorrowAt(15, 0), 1)).then()
                .statusCode(201);

        cancelOnlyAppointmentOf(holder);
        SQSBatchResponse response = waitlistPromotionHandler()
                .handleRequest(LambdaEvents.sqs(handoversOf(slot)), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(remaining(components, slot)).isEqualTo(1);
        as(citizen(waiter)).get("/v1/appointments").then()
                .body("items.size()", equalTo(1));
        assertThat(usageOf(waiter)).as("only the waiter's own booking").hasSize(1);
    }

    @Test
    void aMalformedMessage_isReportedAsAFailedItem() {
        SQSBatchResponse response = waitlistPromotionHandler()
                .handleRequest(LambdaEvents.sqsBody("{\"type\":\"seat-handover\"}"), null);

        assertThat(response.getBatchItemFailures()).hasSize(1);
    }

    private static List<Message> handoversOf(Slot slot) {
        List<Message> messages = take("WaitlistQueue",
                body -> slot.slotId().equals(body.path("slotId").asText()), 1);
        assertThat(messages).hasSize(1);
        return messages;
    }
}
