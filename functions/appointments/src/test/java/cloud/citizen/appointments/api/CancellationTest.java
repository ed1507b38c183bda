package cloud.citizen.appointments.api;

import static cloud.citizen.appointments.testing.AppointmentsFixtures.as;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.book;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.citizen;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.inAbout;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.newUser;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.provider;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.remaining;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tokens;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tomorrowAt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.domain.AppointmentStatus;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.appointments.testing.AppointmentsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** DELETE /v1/appointments/{appointmentId}. */
@QuarkusTest
@EmulatedAwsTest
class CancellationTest {
    private static final String COMMUNITY = "c-cancel";

    @Inject
    AppointmentsComponents components;

    @Test
    void cancel_byTheOwner_freesTheSeatInTheSameTransaction_andAllowsRebooking() {
        Slot slot = slot(tomorrowAt(9, 0), 1);
        String token = citizen(newUser());
        String id = book(token, slot).then().statusCode(201).extract().path("appointmentId");
        assertThat(remaining(components, slot)).isZero();

        as(token).delete("/v1/appointments/" + id).then().statusCode(204);

        assertThat(remaining(components, slot)).isEqualTo(1);
        assertThat(components.ledger().find(id).orElseThrow().status()).isEqualTo(AppointmentStatus.CANCELLED);
        as(token).get("/v1/appointments").then().body("items[0].status", equalTo("cancelled"));
        as(token).delete("/v1/appointments/" + id).then().statusCode(204); // again: nothing changes
        assertThat(remaining(components, slot)).isEqualTo(1);
        book(token, slot).then().statusCode(201);
    }

    @Test
    void cancel_bySomeoneElse_looksLikeNotFound() {
        Slot slot = slot(tomorrowAt(9, 0), 2);
        String id = book(citizen(newUser()), slot).then().statusCode(201).extract()
                .path("appointmentId");

        given().delete("/v1/appointments/" + id).then().statusCode(401);
        as(tokens().citizen(newUser(), false)).delete("/v1/appointments/" + id).then()
                .statusCode(404);
        as(citizen(newUser())).delete("/v1/appointments/" + id).then().statusCode(404)
                .body("code", equalTo("APPOINTMENT_NOT_FOUND"));
        as(tokens().staff("s-other", "c-elsewhere")).delete("/v1/appointments/" + id).then()
                .statusCode(404);
        assertThat(components.ledger().find(id).orElseThrow().status()).isEqualTo(AppointmentStatus.BOOKED);
        as(citizen(newUser())).delete("/v1/appointments/no-such-id").then().statusCode(404);
    }

    @Test
    void cancel_byStaffOfTheCommunityOrAdmin_isAllowed() {
        Slot slot = slot(tomorrowAt(9, 0), 2);
        String first = book(citizen(newUser()), slot).then().extract().path("appointmentId");
        String second = book(citizen(newUser()), slot).then().extract().path("appointmentId");

        as(tokens().staff("s-1", COMMUNITY)).delete("/v1/appointments/" + first).then().statusCode(204);
        as(tokens().admin("a-1")).delete("/v1/appointments/" + second).then().statusCode(204);
        assertThat(remaining(components, slot)).isEqualTo(2);
    }

    @Test
    void cancel_lessThanTwoHoursBefore_returns409TooLateToCancel_butStaffMay() {
        Slot soon = slot(inAbout(Duration.ofMinutes(90)), 2);
        String token = citizen(newUser());
        String id = book(token, soon).then().statusCode(201).extract().path("appointmentId");

        as(token).delete("/v1/appointments/" + id).then().statusCode(409)
                .body("code", equalTo("TOO_LATE_TO_CANCEL"));
        assertThat(remaining(components, soon)).isEqualTo(1);

        as(tokens().staff("s-1", COMMUNITY)).delete("/v1/appointments/" + id).then().statusCode(204);
        assertThat(remaining(components, soon)).isEqualTo(2);
    }

    @Test
    void cancel_afterCheckIn_returns409() {
        Slot slot = slot(tomorrowAt(9, 0), 2);
        String token = citizen(newUser());
        var booked = book(token, slot).then().statusCode(201).extract();
        as(tokens().staff("s-1", COMMUNITY)).body(Map.of("code", booked.path("code")))
                .post("/v1/appointments/" + booked.path("appointmentId") + "/check-in").then().statusCode(200);

        as(token).delete("/v1/appointments/" + booked.path("appointmentId")).then().statusCode(409)
                .body("code", equalTo("ALREADY_CHECKED_IN"));
        assertThat(remaining(components, slot)).isEqualTo(1);
    }

    private Slot slot(java.time.OffsetDateTime start, int capacity) {
        Provider hospital = provider(components, ProviderType.HOSPITAL, COMMUNITY);
        return AppointmentsFixtures.slot(components, hospital, start, capacity);
    }
}
