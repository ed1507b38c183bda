package cloud.citizen.appointments.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.sqs.model.Message;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;

import cloud.citizen.appointments.AppointmentsGraph;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.appointments.events.AppointmentHandlers;
import cloud.citizen.emulator.testing.LambdaEvents;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * POST /v1/slots/{slotId}/waitlist, and what happens when a booked seat is cancelled: the seat is
 * handed over through the waitlist queue to the promotion handler (its real Lambda entry point),
 * which books the first waiter and queues their notice.
 */
@QuarkusTest
@EmulatedAwsTest
class WaitlistTest {
    @Inject
    AppointmentsGraph graph;

    @Test
    void join_aFullSlot_returns201WithThePlaceInLine() {
        Slot slot = fullSlot(Fixtures.newUser());
        String first = Fixtures.citizen(Fixtures.newUser());

        join(first, slot).then().statusCode(201).body("position", equalTo(1)).body("slotId", equalTo(slot.slotId()));
        join(Fixtures.citizen(Fixtures.newUser()), slot).then().statusCode(201).body("position", equalTo(2));
        join(first, slot).then().statusCode(409).body("code", equalTo("ALREADY_WAITING"));
    }

    @Test
    void join_isRefused_whenNotAllowedOrNotNeeded() {
        String holder = Fixtures.newUser();
        Slot slot = fullSlot(holder);

        given().post("/v1/slots/" + slot.slotId() + "/waitlist").then().statusCode(401);
        join(Fixtures.tokens().citizen(Fixtures.newUser(), false), slot).then().statusCode(403)
                .body("code", equalTo("REAL_NAME_REQUIRED"));
        join(Fixtures.citizen(holder), slot).then().statusCode(409).body("code", equalTo("ALREADY_BOOKED"));
        Provider hospital = Fixtures.provider(graph, ProviderType.HOSPITAL, "c-wait");
        join(Fixtures.citizen(Fixtures.newUser()), Fixtures.slot(graph, hospital, Fixtures.tomorrowAt(9, 0), 3)).then()
                .statusCode(409).body("code", equalTo("SLOT_NOT_FULL"));
        Fixtures.as(Fixtures.citizen(Fixtures.newUser())).post("/v1/slots/nope.20300101.0900/waitlist").then()
                .statusCode(404).body("code", equalTo("SLOT_NOT_FOUND"));
    }

    @Test
    void cancel_handsTheSeatToTheFirstWaiter_whoIsBookedAndNotified_once() {
        String holder = Fixtures.newUser();
        Slot slot = fullSlot(holder);
        String waiter = Fixtures.newUser();
        String next = Fixtures.newUser();
        join(Fixtures.citizen(waiter), slot).then().statusCode(201);
        join(Fixtures.citizen(next), slot).then().statusCode(201);

        cancelOnlyAppointmentOf(holder);
        assertThat(Fixtures.remaining(graph, slot)).as("the seat is kept for the waitlist").isZero();
        List<Message> handovers = handoversOf(slot, 1);
        SQSBatchResponse response = AppointmentHandlers.waitlistPromotionHandler().handleRequest(LambdaEvents.sqs(handovers), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        Fixtures.as(Fixtures.citizen(waiter)).get("/v1/appointments").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].slotId", equalTo(slot.slotId()))
                .body("items[0].status", equalTo("booked"));
        List<Message> notices = Fixtures.take("NotificationsQueue",
                body -> waiter.equals(body.path("userId").asText()), 1);
        assertThat(notices).hasSize(1);
        var notice = Fixtures.read(notices.get(0).body());
        assertThat(notice.path("type").asText()).isEqualTo("user-message");
        assertThat(notice.path("eventId").asText()).isNotBlank();
        assertThat(notice.path("text").asText()).contains(slot.providerName());

        // Lambda delivers at least once: the same hand-over again books nobody else
        assertThat(AppointmentHandlers.waitlistPromotionHandler().handleRequest(LambdaEvents.sqs(handovers), null)
                .getBatchItemFailures()).isEmpty();
        Fixtures.as(Fixtures.citizen(next)).get("/v1/appointments").then().body("items.size()", equalTo(0));
        assertThat(Fixtures.remaining(graph, slot)).isZero();
        assertThat(graph.slotCalendar().occupancy(slot).booked()).isEqualTo(1);
    }

    @Test
    void handOver_withNobodyLeftWhoCanTakeIt_givesTheSeatBack() {
        String holder = Fixtures.newUser();
        Provider hospital = Fixtures.provider(graph, ProviderType.HOSPITAL, "c-wait");
        Slot slot = Fixtures.slot(graph, hospital, Fixtures.tomorrowAt(9, 0), 1);
        BookingTest.book(Fixtures.citizen(holder), slot).then().statusCode(201);
        String waiter = Fixtures.newUser();
        join(Fixtures.citizen(waiter), slot).then().statusCode(201);
        // meanwhile the waiter books another slot of the same provider and day: they can no longer be promoted
        BookingTest.book(Fixtures.citizen(waiter), Fixtures.slot(graph, hospital, Fixtures.tomorrowAt(15, 0), 1)).then()
                .statusCode(201);

        cancelOnlyAppointmentOf(holder);
        SQSBatchResponse response = AppointmentHandlers.waitlistPromotionHandler()
                .handleRequest(LambdaEvents.sqs(handoversOf(slot, 1)), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(Fixtures.remaining(graph, slot)).isEqualTo(1);
        Fixtures.as(Fixtures.citizen(waiter)).get("/v1/appointments").then().body("items.size()", equalTo(1));
    }

    @Test
    void cancel_withNobodyWaiting_freesTheSeatAtOnce_withoutAHandOver() {
        String holder = Fixtures.newUser();
        Slot slot = fullSlot(holder);

        cancelOnlyAppointmentOf(holder);

        assertThat(Fixtures.remaining(graph, slot)).isEqualTo(1);
        assertThat(Fixtures.take("WaitlistQueue", body -> slot.slotId().equals(body.path("slotId").asText()), 0))
                .isEmpty();
    }

    @Test
    void promotionHandler_reportsAMalformedMessageAsAFailedItem() {
        SQSBatchResponse response = AppointmentHandlers.waitlistPromotionHandler()
                .handleRequest(LambdaEvents.sqsBody("{\"type\":\"seat-handover\"}"), null);

        assertThat(response.getBatchItemFailures()).hasSize(1);
    }

    private Slot fullSlot(String holder) {
        Provider site = Fixtures.provider(graph, ProviderType.VACCINE, "c-wait");
        Slot slot = Fixtures.slot(graph, site, Fixtures.tomorrowAt(9, 0), 1);
        BookingTest.book(Fixtures.citizen(holder), slot).then().statusCode(201);
        return slot;
    }

    private void cancelOnlyAppointmentOf(String userId) {
        String token = Fixtures.citizen(userId);
        String id = Fixtures.as(token).get("/v1/appointments").then().extract().path("items[0].appointmentId");
        Fixtures.as(token).delete("/v1/appointments/" + id).then().statusCode(204);
    }

    private static List<Message> handoversOf(Slot slot, int expected) {
        List<Message> messages = Fixtures.take("WaitlistQueue",
                body -> slot.slotId().equals(body.path("slotId").asText()), expected);
        assertThat(messages).hasSize(expected);
        return messages;
    }

    private static Response join(String token, Slot slot) {
        return Fixtures.as(token).post("/v1/slots/" + slot.slotId() + "/waitlist");
    }
}
