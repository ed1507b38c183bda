package cloud.citizen.appointments.api;

import static cloud.citizen.appointments.testing.AppointmentsFixtures.as;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.book;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.citizen;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.newUser;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.provider;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.slot;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tokens;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tomorrowAt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.domain.AppointmentStatus;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** POST /v1/appointments/{appointmentId}/check-in (staff of the provider's community, admins). */
@QuarkusTest
@EmulatedAwsTest
class CheckInTest {
    private static final String COMMUNITY = "c-checkin";

    @Inject
    AppointmentsComponents components;

    @Test
    void checkIn_byStaffWithTheCode_returns200CheckedIn_andIsRepeatable() {
        var booked = booked();
        String staff = tokens().staff("s-1", COMMUNITY);

        checkIn(staff, booked.path("appointmentId"), booked.path("code")).then().statusCode(200)
                .body("status", equalTo("checked_in")).body("appointmentId", equalTo(booked.path("appointmentId")));
        checkIn(staff, booked.path("appointmentId"), ((String) booked.path("code")).toLowerCase()).then().statusCode(200)
                .body("status", equalTo("checked_in"));
        assertThat(components.ledger().find(booked.path("appointmentId")).orElseThrow().status())
                .isEqualTo(AppointmentStatus.CHECKED_IN);
    }

    @Test
    void checkIn_withTheWrongCode_returns422BadCode() {
        var booked = booked();

        checkIn(tokens().staff("s-1", COMMUNITY), booked.path("appointmentId"), "00000000").then()
                .statusCode(422).body("code", equalTo("BAD_CODE"));
        assertThat(components.ledger().find(booked.path("appointmentId")).orElseThrow().status())
                .isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void checkIn_byAdmin_isAllowed() {
        var booked = booked();
        checkIn(tokens().admin("a-1"), booked.path("appointmentId"), booked.path("code")).then().statusCode(200);
    }

    @Test
    void checkIn_byAnyoneElse_isRefused() {
        var booked = booked();
        String id = booked.path("appointmentId");
        String code = booked.path("code");

        given().contentType(ContentType.JSON).body(Map.of("code", code)).post("/v1/appointments/" + id + "/check-in")
                .then().statusCode(401);
        checkIn(tokens().citizen(newUser(), false), id, code).then().statusCode(403);
        checkIn(citizen(newUser()), id, code).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        checkIn(tokens().staff("s-9", "c-elsewhere"), id, code).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        assertThat(components.ledger().find(id).orElseThrow().status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void checkIn_unknownOrCancelledAppointment_isRefused() {
        String staff = tokens().staff("s-1", COMMUNITY);
        checkIn(staff, "no-such-id", "ABCDEFGH").then().statusCode(404).body("code", equalTo("APPOINTMENT_NOT_FOUND"));
        var booked = booked();
        as(staff).delete("/v1/appointments/" + booked.path("appointmentId")).then().statusCode(204);

        checkIn(staff, booked.path("appointmentId"), booked.path("code")).then().statusCode(409)
                .body("code", equalTo("APPOINTMENT_CANCELLED"));
    }

    private ExtractableResponse<Response> booked() {
        Slot slot = slot(components, provider(components, ProviderType.VACCINE, COMMUNITY),
                tomorrowAt(9, 0), 5);
        return book(citizen(newUser()), slot).then().statusCode(201).extract();
    }

    private static Response checkIn(String token, String appointmentId, String code) {
        return as(token).body(Map.of("code", code)).post("/v1/appointments/" + appointmentId + "/check-in");
    }
}
