package cloud.citizen.appointments.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.appointments.AppointmentsGraph;
import cloud.citizen.appointments.domain.AppointmentStatus;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** DELETE /v1/appointments/{appointmentId}. */
@QuarkusTest
@EmulatedAwsTest
class CancellationTest {
    private static final String COMMUNITY = "c-cancel";

    @Inject
    AppointmentsGraph graph;

    @Test
    void cancel_byTheOwner_freesTheSeatInTheSameTransaction_andAllowsRebooking() {
        Slot slot = slot(Fixtures.tomorrowAt(9, 0), 1);
        String token = Fixtures.citizen(Fixtures.newUser());
        String id = BookingTest.book(token, slot).then().statusCode(201).extract().path("appointmentId");
        assertThat(Fixtures.remaining(graph, slot)).isZero();

        Fixtures.as(token).delete("/v1/appointments/" + id).then().statusCode(204);

        assertThat(Fixtures.remaining(graph, slot)).isEqualTo(1);
        assertThat(graph.ledger().find(id).orElseThrow().status()).isEqualTo(AppointmentStatus.CANCELLED);
        Fixtures.as(token).get("/v1/appointments").then().body("items[0].status", equalTo("cancelled"));
        Fixtures.as(token).delete("/v1/appointments/" + id).then().statusCode(204); // again: nothing changes
        assertThat(Fixtures.remaining(graph, slot)).isEqualTo(1);
        BookingTest.book(token, slot).then().statusCode(201);
    }

    @Test
    void cancel_bySomeoneElse_looksLikeNotFound() {
        Slot slot = slot(Fixtures.tomorrowAt(9, 0), 2);
        String id = BookingTest.book(Fixtures.citizen(Fixtures.newUser()), slot).then().statusCode(201).extract()
                .path("appointmentId");

        given().delete("/v1/appointments/" + id).then().statusCode(401);
        Fixtures.as(Fixtures.tokens().citizen(Fixtures.newUser(), false)).delete("/v1/appointments/" + id).then()
                .statusCode(404);
        Fixtures.as(Fixtures.citizen(Fixtures.newUser())).delete("/v1/appointments/" + id).then().statusCode(404)
                .body("code", equalTo("APPOINTMENT_NOT_FOUND"));
        Fixtures.as(Fixtures.tokens().staff("s-other", "c-elsewhere")).delete("/v1/appointments/" + id).then()
                .statusCode(404);
        assertThat(graph.ledger().find(id).orElseThrow().status()).isEqualTo(AppointmentStatus.BOOKED);
        Fixtures.as(Fixtures.citizen(Fixtures.newUser())).delete("/v1/appointments/no-such-id").then().statusCode(404);
    }

    @Test
    void cancel_byStaffOfTheCommunityOrAdmin_isAllowed() {
        Slot slot = slot(Fixtures.tomorrowAt(9, 0), 2);
        String first = BookingTest.book(Fixtures.citizen(Fixtures.newUser()), slot).then().extract().path("appointmentId");
        String second = BookingTest.book(Fixtures.citizen(Fixtures.newUser()), slot).then().extract().path("appointmentId");

        Fixtures.as(Fixtures.tokens().staff("s-1", COMMUNITY)).delete("/v1/appointments/" + first).then().statusCode(204);
        Fixtures.as(Fixtures.tokens().admin("a-1")).delete("/v1/appointments/" + second).then().statusCode(204);
        assertThat(Fixtures.remaining(graph, slot)).isEqualTo(2);
    }

    @Test
    void cancel_lessThanTwoHoursBefore_returns409TooLateToCancel_butStaffMay() {
        Slot soon = slot(Fixtures.inAbout(Duration.ofMinutes(90)), 2);
        String token = Fixtures.citizen(Fixtures.newUser());
        String id = BookingTest.book(token, soon).then().statusCode(201).extract().path("appointmentId");

        Fixtures.as(token).delete("/v1/appointments/" + id).then().statusCode(409)
                .body("code", equalTo("TOO_LATE_TO_CANCEL"));
        assertThat(Fixtures.remaining(graph, soon)).isEqualTo(1);

        Fixtures.as(Fixtures.tokens().staff("s-1", COMMUNITY)).delete("/v1/appointments/" + id).then().statusCode(204);
        assertThat(Fixtures.remaining(graph, soon)).isEqualTo(2);
    }

    @Test
    void cancel_afterCheckIn_returns409() {
        Slot slot = slot(Fixtures.tomorrowAt(9, 0), 2);
        String token = Fixtures.citizen(Fixtures.newUser());
        var booked = BookingTest.book(token, slot).then().statusCode(201).extract();
        Fixtures.as(Fixtures.tokens().staff("s-1", COMMUNITY)).body(Map.of("code", booked.path("code")))
                .post("/v1/appointments/" + booked.path("appointmentId") + "/check-in").then().statusCode(200);

        Fixtures.as(token).delete("/v1/appointments/" + booked.path("appointmentId")).then().statusCode(409)
                .body("code", equalTo("ALREADY_CHECKED_IN"));
        assertThat(Fixtures.remaining(graph, slot)).isEqualTo(1);
    }

    private Slot slot(java.time.OffsetDateTime start, int capacity) {
        Provider hospital = Fixtures.provider(graph, ProviderType.HOSPITAL, COMMUNITY);
        return Fixtures.slot(graph, hospital, start, capacity);
    }
}
