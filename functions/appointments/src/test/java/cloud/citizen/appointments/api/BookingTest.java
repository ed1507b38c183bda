package cloud.citizen.appointments.api;

import static cloud.citizen.appointments.testing.AppointmentsFixtures.as;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.citizen;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.inAbout;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.newId;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.newUser;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.provider;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.remaining;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.slot;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tokens;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tomorrowAt;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.usageOf;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.vaccineSite;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.appointments.testing.AppointmentsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** POST /v1/appointments and GET /v1/appointments. */
@QuarkusTest
@EmulatedAwsTest
class BookingTest {
    @Inject
    AppointmentsComponents components;

    @Test
    void book_returns201WithAnUnguessableCode() {
        Slot slot = hospitalSlot(5);
        String person = newUser();

        book(citizen(person), slot).then().statusCode(201)
                .header("Location", matchesPattern(".*/v1/appointments/[0-9a-f-]{36}"))
                .body("slotId", equalTo(slot.slotId())).body("status", equalTo("booked"))
                .body("code", matchesPattern("[0-9A-HJKMNP-TV-Z]{8}"))
                .body("start", equalTo(tomorrowAt(9, 0).toLocalDate() + "T09:00:00+08:00"));
        assertThat(remaining(components, slot)).isEqualTo(4);
    }

    @Test
    void book_needsARealNameVerifiedToken() {
        Slot slot = hospitalSlot(5);

        given().contentType(ContentType.JSON).body(Map.of("slotId", slot.slotId())).post("/v1/appointments").then()
                .statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        book(tokens().expired("u-old"), slot).then().statusCode(401);
        book(tokens().citizen(newUser(), false), slot).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("REAL_NAME_REQUIRED"));
        assertThat(remaining(components, slot)).isEqualTo(5);
    }

    @Test
    void book_byStaffAndAdmins_worksForThemselvesLikeAnyCitizen() {
        Slot slot = hospitalSlot(5);
        book(tokens().staff(newUser(), "c-other"), slot).then().statusCode(201);
        book(tokens().admin(newUser()), slot).then().statusCode(201);
    }

    @Test
    void book_aFullSlot_returns409SlotFull() {
        Slot slot = hospitalSlot(1);
        book(citizen(newUser()), slot).then().statusCode(201);

        book(citizen(newUser()), slot).then().statusCode(409).body("code", equalTo("SLOT_FULL"));
    }

    @Test
    void book_secondSlotOfTheSameProviderAndDay_returns409AlreadyBooked() {
        Provider hospital = provider(components, ProviderType.HOSPITAL, "c-book");
        Slot morning = slot(components, hospital, tomorrowAt(9, 0), 5);
        Slot afternoon = slot(components, hospital, tomorrowAt(15, 0), 5);
        Slot nextDay = slot(components, hospital, tomorrowAt(9, 0).plusDays(1), 5);
        String token = citizen(newUser());
        book(token, morning).then().statusCode(201);

        book(token, afternoon).then().statusCode(409).body("code", equalTo("ALREADY_BOOKED"));
        book(token, morning).then().statusCode(409).body("code", equalTo("ALREADY_BOOKED"));
        book(token, nextDay).then().statusCode(201);
        Provider other = provider(components, ProviderType.HOSPITAL, "c-book");
        book(token, slot(components, other, tomorrowAt(9, 0), 5)).then().statusCode(201);
    }

    @Test
    void book_vaccine_isOnePerDoseAcrossAllSites() {
        String vaccine = newId("hpv");
        Slot dose1 = slot(components, vaccineSite(components, "c-book", vaccine), tomorrowAt(9, 0), 5, 1);
        Slot dose1Elsewhere = slot(components, vaccineSite(components, "c-book", vaccine),
                tomorrowAt(9, 0).plusDays(3), 5, 1);
        Slot dose2 = slot(components, vaccineSite(components, "c-book", vaccine),
                tomorrowAt(9, 0).plusDays(30), 5, 2);
        String token = citizen(newUser());
        book(token, dose1).then().statusCode(201);

        book(token, dose1Elsewhere).then().statusCode(409).body("code", equalTo("ALREADY_BOOKED"));
        book(token, dose2).then().statusCode(201);
    }

    @Test
    void book_tellsStatsOnce_withTheServiceOfTheProvidersType() {
        String patient = newUser();
        String vaccinee = newUser();

        book(citizen(patient), hospitalSlot(5)).then().statusCode(201);
        Provider site = provider(components, ProviderType.VACCINE, "c-book");
        book(citizen(vaccinee),
                slot(components, site, tomorrowAt(9, 0), 5)).then().statusCode(201);

        List<JsonNode> hospitalUse = usageOf(patient);
        assertThat(hospitalUse).hasSize(1);
        assertThat(hospitalUse.get(0).path("type").asText()).isEqualTo("usage");
        assertThat(hospitalUse.get(0).path("kind").asText()).isEqualTo("appointment");
        assertThat(hospitalUse.get(0).path("serviceId").asText()).isEqualTo("appointments.hospital");
        assertThat(hospitalUse.get(0).path("amountFen").asLong()).isZero();
        assertThat(usageOf(vaccinee)).singleElement()
                .satisfies(use -> assertThat(use.path("serviceId").asText()).isEqualTo("appointments.vaccine"));
    }

    @Test
    void book_refused_tellsStatsNothing() {
        Provider hospital = provider(components, ProviderType.HOSPITAL, "c-book");
        Slot full = slot(components, hospital, tomorrowAt(9, 0), 1);
        Slot sameDay = slot(components, hospital, tomorrowAt(15, 0), 5);
        String booked = newUser();
        String tooLate = newUser();
        book(citizen(booked), full).then().statusCode(201);

        book(citizen(tooLate), full).then().statusCode(409).body("code", equalTo("SLOT_FULL"));
        book(citizen(booked), sameDay).then().statusCode(409).body("code", equalTo("ALREADY_BOOKED"));

        assertThat(usageOf(tooLate)).isEmpty();
        assertThat(usageOf(booked)).as("the booking, not the refused second one").hasSize(1);
    }

    @Test
    void book_unknownOrMalformedSlot_returns404() {
        String token = citizen(newUser());
        as(token).body(Map.of("slotId", "no-such-provider.20301231.0900")).post("/v1/appointments").then()
                .statusCode(404).body("code", equalTo("SLOT_NOT_FOUND"));
        as(token).body(Map.of("slotId", "../../etc")).post("/v1/appointments").then().statusCode(404)
                .body("code", equalTo("SLOT_NOT_FOUND"));
    }

    @Test
    void book_aSlotThatHasStarted_returns409SlotClosed() {
        Provider hospital = provider(components, ProviderType.HOSPITAL, "c-book");
        Slot started = slot(components, hospital, inAbout(Duration.ofMinutes(-10)), 5);

        book(citizen(newUser()), started).then().statusCode(409).body("code", equalTo("SLOT_CLOSED"));
    }

    @Test
    void myAppointments_listsOnlyMine_latestFirst_inPages() {
        Provider hospital = provider(components, ProviderType.HOSPITAL, "c-book");
        String me = newUser();
        String token = citizen(me);
        for (int day = 1; day <= 3; day++) {
            book(token, slot(components, hospital, tomorrowAt(9, 0).plusDays(day), 5)).then().statusCode(201);
        }
        book(citizen(newUser()), slot(components, hospital, tomorrowAt(11, 0), 5));

        var first = as(token).get("/v1/appointments?limit=2").then().statusCode(200).extract().jsonPath();
        List<String> starts = first.getList("items.start");
        assertThat(starts).hasSize(2);
        assertThat(starts.get(0)).isGreaterThan(starts.get(1));
        assertThat(first.getString("items[0].code")).hasSize(8);
        var rest = as(token).queryParam("cursor", first.getString("nextCursor")).get("/v1/appointments")
                .then().statusCode(200).extract().jsonPath();
        assertThat(rest.getList("items")).hasSize(1);
        assertThat(rest.getString("nextCursor")).isNull();

        as(citizen(newUser())).get("/v1/appointments").then().statusCode(200)
                .body("items.size()", equalTo(0));
        // a cursor of my list does not open someone else's
        as(citizen(newUser())).queryParam("cursor", first.getString("nextCursor"))
                .get("/v1/appointments").then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
        given().get("/v1/appointments").then().statusCode(401);
    }

    private Slot hospitalSlot(int capacity) {
        Provider hospital = provider(components, ProviderType.HOSPITAL, "c-book");
        return slot(components, hospital, tomorrowAt(9, 0), capacity);
    }

    private static Response book(String token, Slot slot) {
        return AppointmentsFixtures.book(token, slot);
    }
}
