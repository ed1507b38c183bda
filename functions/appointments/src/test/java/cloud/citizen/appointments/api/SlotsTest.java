package cloud.citizen.appointments.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.appointments.AppointmentsGraph;
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
    AppointmentsGraph graph;

    private final LocalDate tomorrow = CityTime.dateOf(Instant.now()).plusDays(1);

    @Test
    void publish_byStaffOfTheCommunity_makesTheDaysSlots() {
        Provider site = Fixtures.provider(graph, ProviderType.VACCINE, "c-slots");

        var created = Fixtures.as(Fixtures.tokens().staff("s-1", "c-slots"))
                .body(Fixtures.schedule(tomorrow, "08:00", "12:00", 20, 8)).post(path(site)).then().statusCode(201)
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
        Provider hospital = Fixtures.provider(graph, ProviderType.HOSPITAL, "c-slots");
        var schedule = Fixtures.schedule(tomorrow, "14:00", "15:00", 5, 2);

        given().contentType(ContentType.JSON).body(schedule).post(path(hospital)).then().statusCode(401);
        Fixtures.as(Fixtures.citizen("u-1")).body(schedule).post(path(hospital)).then().statusCode(403);
        Fixtures.as(Fixtures.tokens().staff("s-2", "c-other")).body(schedule).post(path(hospital)).then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        assertThat(graph.slotCalendar().onDay(hospital.providerId(), tomorrow)).isEmpty();

        Fixtures.as(Fixtures.tokens().admin("a-1")).body(schedule).post(path(hospital)).then().statusCode(201);
        // hospital slots carry no dose
        given().get(path(hospital) + "?date=" + tomorrow).then().statusCode(200).body("items[0].dose", equalTo(null));
    }

    @Test
    void publish_overlappingAnExistingSlot_returns409AndAddsNothing() {
        Provider hospital = Fixtures.provider(graph, ProviderType.HOSPITAL, "c-slots");
        String staff = Fixtures.tokens().staff("s-1", "c-slots");
        Fixtures.as(staff).body(Fixtures.schedule(tomorrow, "09:00", "10:00", 5, 2)).post(path(hospital)).then()
                .statusCode(201);

        Fixtures.as(staff).body(Fixtures.schedule(tomorrow, "09:45", "10:45", 5, 2)).post(path(hospital)).then()
                .statusCode(409).body("code", equalTo("SLOT_OVERLAP"));
        assertThat(graph.slotCalendar().onDay(hospital.providerId(), tomorrow)).hasSize(2);
    }

    @Test
    void publish_forUnknownProviderOrPastDay_isRefused() {
        String admin = Fixtures.tokens().admin("a-1");
        Fixtures.as(admin).body(Fixtures.schedule(tomorrow, "09:00", "10:00", 5, 2))
                .post("/v1/appointment-providers/no-such-provider/slots").then().statusCode(404)
                .body("code", equalTo("PROVIDER_NOT_FOUND"));
        Provider hospital = Fixtures.provider(graph, ProviderType.HOSPITAL, "c-slots");
        Fixtures.as(admin).body(Fixtures.schedule(tomorrow.minusDays(2), "09:00", "10:00", 5, 2)).post(path(hospital))
                .then().statusCode(400).body("errors[0].field", equalTo("date"));
    }

    @Test
    void list_showsRemainingSeatsAfterBookings() {
        Provider hospital = Fixtures.provider(graph, ProviderType.HOSPITAL, "c-slots");
        Slot slot = Fixtures.slot(graph, hospital, Fixtures.tomorrowAt(10, 0), 3);
        Fixtures.as(Fixtures.citizen(Fixtures.newUser())).body(java.util.Map.of("slotId", slot.slotId()))
                .post("/v1/appointments").then().statusCode(201);

        List<Integer> remaining = given().get(path(hospital) + "?date=" + tomorrow).then().statusCode(200).extract()
                .jsonPath().getList("items.remaining", Integer.class);
        assertThat(remaining).containsExactly(2);
    }

    @Test
    void list_forUnknownProviderOrBadDate_isRefused() {
        given().get("/v1/appointment-providers/no-such-provider/slots").then().statusCode(404)
                .body("code", equalTo("PROVIDER_NOT_FOUND"));
        Provider hospital = Fixtures.provider(graph, ProviderType.HOSPITAL, "c-slots");
        given().get(path(hospital) + "?date=2026-13-01").then().statusCode(400).body("errors[0].field", equalTo("date"));
        given().get(path(hospital)).then().statusCode(200).body("items.size()", equalTo(0));
    }

    private static String path(Provider provider) {
        return "/v1/appointment-providers/" + provider.providerId() + "/slots";
    }
}
