package cloud.citizen.appointments.api;

import static cloud.citizen.appointments.testing.AppointmentsFixtures.as;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.cancelOnlyAppointmentOf;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.citizen;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.joinWaitlist;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.newUser;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.provider;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.remaining;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.slot;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.take;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tokens;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tomorrowAt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.appointments.testing.AppointmentsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * POST /v1/slots/{slotId}/waitlist, and where a cancelled seat goes: back to the counter when nobody
 * waits (the hand-over to waiters is tested with its handler: WaitlistPromotionHandlerTest).
 */
@QuarkusTest
@EmulatedAwsTest
class WaitlistTest {
    @Inject
    AppointmentsComponents components;

    @Test
    void join_aFullSlot_returns201WithThePlaceInLine() {
        Slot slot = fullSlot(newUser());
        String first = citizen(newUser());

        join(first, slot).then().statusCode(201).body("position", equalTo(1)).body("slotId", equalTo(slot.slotId()));
        join(citizen(newUser()), slot).then().statusCode(201).body("position", equalTo(2));
        join(first, slot).then().statusCode(409).body("code", equalTo("ALREADY_WAITING"));
    }

    @Test
    void join_isRefused_whenNotAllowedOrNotNeeded() {
        String holder = newUser();
        Slot slot = fullSlot(holder);

        given().post("/v1/slots/" + slot.slotId() + "/waitlist").then().statusCode(401);
        join(tokens().citizen(newUser(), false), slot).then().statusCode(403)
                .body("code", equalTo("REAL_NAME_REQUIRED"));
        join(citizen(holder), slot).then().statusCode(409).body("code", equalTo("ALREADY_BOOKED"));
        Provider hospital = provider(components, ProviderType.HOSPITAL, "c-wait");
        join(citizen(newUser()), slot(components, hospital, tomorrowAt(9, 0), 3)).then()
                .statusCode(409).body("code", equalTo("SLOT_NOT_FULL"));
        as(citizen(newUser())).post("/v1/slots/nope.20300101.0900/waitlist").then()
                .statusCode(404).body("code", equalTo("SLOT_NOT_FOUND"));
    }

    @Test
    void cancel_withNobodyWaiting_freesTheSeatAtOnce_withoutAHandOver() {
        String holder = newUser();
        Slot slot = fullSlot(holder);

        cancelOnlyAppointmentOf(holder);

        assertThat(remaining(components, slot)).isEqualTo(1);
        assertThat(take("WaitlistQueue", body -> slot.slotId().equals(body.path("slotId").asText()), 0))
                .isEmpty();
    }

    private Slot fullSlot(String holder) {
        return AppointmentsFixtures.fullSlot(components, holder, "c-wait");
    }

    private static Response join(String token, Slot slot) {
        return joinWaitlist(token, slot);
    }
}
