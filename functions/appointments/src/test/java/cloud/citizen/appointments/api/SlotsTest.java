package cloud.citizen.appointments.api;

import static cloud.citizen.appointments.testing.AppointmentsFixtures.as;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.citizen;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.newUser;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.provider;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.schedule;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.slot;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tokens;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tomorrowAt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.domain.CityTime;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** POST and GET /v1/appointment-providers/{providerId}/slots. */
@QuarkusTest
@EmulatedAwsTest
class SlotsTest {
    @Inject
    AppointmentsComponents components;

    private final LocalDate tomorrow = CityTime.dateOf(Instant.now()).plusDays(1);

    @Test
    void publish_byStaffOfTheCommunity_makesTheDaysSlots() {
        Provider site = provider(components, ProviderType.VACCINE, "c-slots");

        var created = as(tokens().staff("s-1", "c-slots"))
                .body(schedule(tomorrow, "08:00", "12:00", 20, 8)).post(path(site)).then().statusCode(201)
                .extract().jsonPath();

        assertThat(created.getList("items")).hasSize(8);
        assertThat(created.getString("items[0].start")).isEqualTo(tomorrow + "T08:00:00+08:00");
        assertThat(created.getString("items[0].end")).isEqualTo(tomorrow + "T08:30:00+08:00");
        assertThat(created.getString("items[7].end")).isEqualTo(tomorrow + "T12:00:00+08:00");
        assertThat(created.getInt("items[3].capacity")).isEqualTo(20);
        assertThat(created.getInt("items[3].remaining")).isEqualTo(20);
        assertThat(created.getInt("items[3].dose")).isEqualTo(1);
        given().get(path(site) + "?date=" + tomorrow).then().statusCode(200).body("items.size()", equalTo(8))
                .body("items[0].slotId", equalTo(created.getString("items[0].slotId")));
    }

    @Test
    void publish_byAdmin_isAllowed_andAnotherCommunitysStaffOrACitizenAreNot() {
        Provider hospital = provider(components, ProviderType.HOSPITAL, "c-slots");
        var schedule = schedule(tomorrow, "14:00", "15:00", 5, 2);

        given().contentType(ContentType.JSON).body(schedule).post(path(hospital)).then().statusCode(401);
        as(citizen("u-1")).body(schedule).post(path(hospital)).then().statusCode(403);
        as(tokens().staff("s-2", "c-other")).body(schedule).post(path(hospital)).then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        assertThat(components.slotCalendar().onDay(hospital.providerId(), tomorrow)).isEmpty();

        as(tokens().admin("a-1")).body(schedule).post(path(hospital)).then().statusCode(201);
        // hospital slots carry no dose
        given().get(path(hospital) + "?date=" + tomorrow).then().statusCode(200).body("items[0].dose", equalTo(null));
    }

    @Test
    void publish_overlappingAnExistingSlot_returns409AndAddsNothing() {
        Provider hospital = provider(components, ProviderType.HOSPITAL, "c-slots");
        String staff = tokens().staff("s-1", "c-slots");
        as(staff).body(schedule(tomorrow, "09:00", "10:00", 5, 2)).post(path(hospital)).then()
                .statusCode(201);

        as(staff).body(schedule(tomorrow, "09:45", "10:45", 5, 2)).post(path(hospital)).then()
                .statusCode(409).body("code", equalTo("SLOT_OVERLAP"));
        assertThat(components.slotCalendar().onDay(hospital.providerId(), tomorrow)).hasSize(2);
    }

    @Test
    void publish_forUnknownProviderOrPastDay_isRefused() {
        String admin = tokens().admin("a-1");
        as(admin).body(schedule(tomorrow, "09:00", "10:00", 5, 2))
                .post("/v1/appointment-providers/no-such-provider/slots").then().statusCode(404)
                .body("code", equalTo("PROVIDER_NOT_FOUND"));
        Provider hospital = provider(components, ProviderType.HOSPITAL, "c-slots");
        as(admin).body(schedule(tomorrow.minusDays(2), "09:00", "10:00", 5, 2)).post(path(hospital))
                .then().statusCode(400).body("errors[0].field", equalTo("date"));
    }

    @Test
    void list_showsRemainingSeatsAfterBookings() {
        Provider hospital = provider(components, ProviderType.HOSPITAL, "c-slots");
        Slot slot = slot(components, hospital, tomorrowAt(10, 0), 3);
        as(citizen(newUser())).body(java.util.Map.of("slotId", slot.slotId()))
                .post("/v1/appointments").then().statusCode(201);

        List<Integer> remaining = given().get(path(hospital) + "?date=" + tomorrow).then().statusCode(200).extract()
                .jsonPath().getList("items.remaining", Integer.class);
        assertThat(remaining).containsExactly(2);
    }

    @Test
    void list_forUnknownProviderOrBadDate_isRefused() {
        given().get("/v1/appointment-providers/no-such-provider/slots").then().statusCode(404)
                .body("code", equalTo("PROVIDER_NOT_FOUND"));
        Provider hospital = provider(components, ProviderType.HOSPITAL, "c-slots");
        given().get(path(hospital) + "?date=2026-13-01").then().statusCode(400).body("errors[0].field", equalTo("date"));
        given().get(path(hospital)).then().statusCode(200).body("items.size()", equalTo(0));
    }

    private static String path(Provider provider) {
        return "/v1/appointment-providers/" + provider.providerId() + "/slots";
    }
}
