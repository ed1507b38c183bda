package cloud.citizen.appointments.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.appointments.AppointmentsGraph;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** POST /v1/appointments and GET /v1/appointments. */
@QuarkusTest
@EmulatedAwsTest
class BookingTest {
    @Inject
    AppointmentsGraph graph;

    @Test
    void book_returns201WithAnUnguessableCode() {
        Slot slot = hospitalSlot(5);
        String person = Fixtures.newUser();

        book(Fixtures.citizen(person), slot).then().statusCode(201)
                .header("Location", matchesPattern(".*/v1/appointments/[0-9a-f-]{36}"))
                .body("slotId", equalTo(slot.slotId())).body("status", equalTo("booked"))
                .body("code", matchesPattern("[0-9A-HJKMNP-TV-Z]{8}"))
                .body("start", equalTo(Fixtures.tomorrowAt(9, 0).toLocalDate() + "T09:00:00+08:00"));
        assertThat(Fixtures.remaining(graph, slot)).isEqualTo(4);
    }

    @Test
    void book_needsARealNameVerifiedToken() {
        Slot slot = hospitalSlot(5);

        given().contentType(ContentType.JSON).body(Map.of("slotId", slot.slotId())).post("/v1/appointments").then()
                .statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        book(Fixtures.tokens().expired("u-old"), slot).then().statusCode(401);
        book(Fixtures.tokens().citizen(Fixtures.newUser(), false), slot).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("REAL_NAME_REQUIRED"));
        assertThat(Fixtures.remaining(graph, slot)).isEqualTo(5);
    }

    @Test
    void book_byStaffAndAdmins_worksForThemselvesLikeAnyCitizen() {
        Slot slot = hospitalSlot(5);
        book(Fixtures.tokens().staff(Fixtures.newUser(), "c-other"), slot).then().statusCode(201);
        book(Fixtures.tokens().admin(Fixtures.newUser()), slot).then().statusCode(201);
    }

    @Test
    void book_aFullSlot_returns409SlotFull() {
        Slot slot = hospitalSlot(1);
        book(Fixtures.citizen(Fixtures.newUser()), slot).then().statusCode(201);

        book(Fixtures.citizen(Fixtures.newUser()), slot).then().statusCode(409).body("code", equalTo("SLOT_FULL"));
    }

    @Test
    void book_secondSlotOfTheSameProviderAndDay_returns409AlreadyBooked() {
        Provider hospital = Fixtures.provider(graph, ProviderType.HOSPITAL, "c-book");
        Slot morning = Fixtures.slot(graph, hospital, Fixtures.tomorrowAt(9, 0), 5);
        Slot afternoon = Fixtures.slot(graph, hospital, Fixtures.tomorrowAt(15, 0), 5);
        Slot nextDay = Fixtures.slot(graph, hospital, Fixtures.tomorrowAt(9, 0).plusDays(1), 5);
        String token = Fixtures.citizen(Fixtures.newUser());
        book(token, morning).then().statusCode(201);

        book(token, afternoon).then().statusCode(409).body("code", equalTo("ALREADY_BOOKED"));
        book(token, morning).then().statusCode(409).body("code", equalTo("ALREADY_BOOKED"));
        book(token, nextDay).then().statusCode(201);
        Provider other = Fixtures.provider(graph, ProviderType.HOSPITAL, "c-book");
        book(token, Fixtures.slot(graph, other, Fixtures.tomorrowAt(9, 0), 5)).then().statusCode(201);
    }

    @Test
    void book_vaccine_isOnePerDoseAcrossAllSites() {
        String vaccine = Fixtures.newId("hpv");
        Slot dose1 = Fixtures.slot(graph, Fixtures.vaccineSite(graph, "c-book", vaccine), Fixtures.tomorrowAt(9, 0), 5, 1);
        Slot dose1Elsewhere = Fixtures.slot(graph, Fixtures.vaccineSite(graph, "c-book", vaccine),
                Fixtures.tomorrowAt(9, 0).plusDays(3), 5, 1);
        Slot dose2 = Fixtures.slot(graph, Fixtures.vaccineSite(graph, "c-book", vaccine),
                Fixtures.tomorrowAt(9, 0).plusDays(30), 5, 2);
        String token = Fixtures.citizen(Fixtures.newUser());
        book(token, dose1).then().statusCode(201);

        book(token, dose1Elsewhere).then().statusCode(409).body("code", equalTo("ALREADY_BOOKED"));
        book(token, dose2).then().statusCode(201);
    }

    @Test
    void book_unknownOrMalformedSlot_returns404() {
        String token = Fixtures.citizen(Fixtures.newUser());
        Fixtures.as(token).body(Map.of("slotId", "no-such-provider.20301231.0900")).post("/v1/appointments").then()
                .statusCode(404).body("code", equalTo("SLOT_NOT_FOUND"));
        Fixtures.as(token).body(Map.of("slotId", "../../etc")).post("/v1/appointments").then().statusCode(404)
                .body("code", equalTo("SLOT_NOT_FOUND"));
    }

    @Test
    void book_aSlotThatHasStarted_returns409SlotClosed() {
        Provider hospital = Fixtures.provider(graph, ProviderType.HOSPITAL, "c-book");
        Slot started = Fixtures.slot(graph, hospital, Fixtures.inAbout(Duration.ofMinutes(-10)), 5);

        book(Fixtures.citizen(Fixtures.newUser()), started).then().statusCode(409).body("code", equalTo("SLOT_CLOSED"));
    }

    @Test
    void myAppointments_listsOnlyMine_latestFirst_inPages() {
        Provider hospital = Fixtures.provider(graph, ProviderType.HOSPITAL, "c-book");
        String me = Fixtures.newUser();
        String token = Fixtures.citizen(me);
        for (int day = 1; day <= 3; day++) {
            book(token, Fixtures.slot(graph, hospital, Fixtures.tomorrowAt(9, 0).plusDays(day), 5)).then().statusCode(201);
        }
        book(Fixtures.citizen(Fixtures.newUser()), Fixtures.slot(graph, hospital, Fixtures.tomorrowAt(11, 0), 5));

        var first = Fixtures.as(token).get("/v1/appointments?limit=2").then().statusCode(200).extract().jsonPath();
        List<String> starts = first.getList("items.start");
        assertThat(starts).hasSize(2);
        assertThat(starts.get(0)).isGreaterThan(starts.get(1));
        assertThat(first.getString("items[0].code")).hasSize(8);
        var rest = Fixtures.as(token).queryParam("cursor", first.getString("nextCursor")).get("/v1/appointments")
                .then().statusCode(200).extract().jsonPath();
        assertThat(rest.getList("items")).hasSize(1);
        assertThat(rest.getString("nextCursor")).isNull();

        Fixtures.as(Fixtures.citizen(Fixtures.newUser())).get("/v1/appointments").then().statusCode(200)
                .body("items.size()", equalTo(0));
        // a cursor of my list does not open someone else's
        Fixtures.as(Fixtures.citizen(Fixtures.newUser())).queryParam("cursor", first.getString("nextCursor"))
                .get("/v1/appointments").then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
        given().get("/v1/appointments").then().statusCode(401);
    }

    private Slot hospitalSlot(int capacity) {
        Provider hospital = Fixtures.provider(graph, ProviderType.HOSPITAL, "c-book");
        return Fixtures.slot(graph, hospital, Fixtures.tomorrowAt(9, 0), capacity);
    }

    static Response book(String token, Slot slot) {
        return Fixtures.as(token).body(Map.of("slotId", slot.slotId())).post("/v1/appointments");
    }
}
