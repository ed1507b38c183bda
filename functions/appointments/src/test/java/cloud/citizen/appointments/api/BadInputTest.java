package cloud.citizen.appointments.api;

import static cloud.citizen.appointments.testing.AppointmentsFixtures.as;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.citizen;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.itemCount;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.newId;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.newUser;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.provider;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tokens;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.domain.CityTime;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Client mistakes get a 400/413/422 problem+json naming the field, never a 500, and write nothing. */
@QuarkusTest
@EmulatedAwsTest
class BadInputTest {
    @Inject
    AppointmentsComponents components;

    private Provider hospital;
    private String admin;
    private int itemsBefore;

    @BeforeEach
    void arrange() {
        hospital = provider(components, ProviderType.HOSPITAL, "c-bad");
        admin = tokens().admin("a-bad");
        itemsBefore = itemCount();
    }

    @ParameterizedTest
    @ValueSource(strings = { "{", "not json", "[]", "{\"slotId\": }", "{\"slotId\":\"x\"} trailing", "" })
    void malformedBooking_returns400ValidationFailed(String body) {
        as(citizen(newUser())).body(body).post("/v1/appointments").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        assertThat(itemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void wrongTypesAndMissingFields_areNamed() {
        as(citizen(newUser())).body("{\"slotId\": 12}").post("/v1/appointments").then()
                .statusCode(400).body("errors[0].field", equalTo("slotId"));
        as(citizen(newUser())).body("{}").post("/v1/appointments").then().statusCode(400)
                .body("errors[0].field", equalTo("slotId"));
        as(tokens().staff("s-1", "c-bad")).body("{\"code\": true}")
                .post("/v1/appointments/x/check-in").then().statusCode(400).body("errors[0].field", equalTo("code"));
        as(admin).body("{}").post(slotsPath()).then().statusCode(400)
                .body("errors.field", hasItem("date")).body("errors.field", hasItem("start"))
                .body("errors.field", hasItem("end")).body("errors.field", hasItem("capacity"))
                .body("errors.field", hasItem("count"));
        assertThat(itemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void badSchedules_areRefused() {
        String tomorrow = CityTime.dateOf(Instant.now()).plusDays(1).toString();
        Map<String, Object> good = Map.of("date", tomorrow, "start", "08:00", "end", "12:00", "capacity", 10, "count", 8);

        post(with(good, "date", "2026-02-30"), "date");
        post(with(good, "date", "tomorrow"), "date");
        post(with(good, "start", "8am"), "start");
        post(with(good, "end", "25:00"), "end");
        post(with(good, "end", "07:00"), "end");
        post(with(good, "count", 7), "end"); // 240 minutes do not split into 7 whole-minute slots
        post(with(good, "capacity", 0), "capacity");
        post(with(good, "capacity", 10_001), "capacity");
        post(with(good, "count", 97), "count");
        post(with(good, "dose", 9), "dose");
        post(with(good, "capacity", "10"), "capacity");
        assertThat(itemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void badProviders_areRefused_withTheAllowedTypes() {
        Map<String, Object> body = new HashMap<>(Map.of("providerId", newId("p"), "name", "门诊",
                "type", "clinic", "district", "jinjiang", "communityId", "c-bad", "address", "路1号"));
        as(admin).body(body).post("/v1/appointment-providers").then().statusCode(400)
                .body("errors[0].field", equalTo("type")).body("errors[0].message", equalTo("must be one of: hospital, vaccine"));
        body.put("type", "vaccine");
        body.put("providerId", "Bad Id!");
        as(admin).body(body).post("/v1/appointment-providers").then().statusCode(400)
                .body("errors.field", hasItem("providerId")).body("errors.field", hasItem("vaccine"));
        assertThat(itemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void bodyOver64KiB_returns413() {
        String big = "{\"slotId\":\"" + "x".repeat(70_000) + "\"}";
        as(citizen(newUser())).body(big).post("/v1/appointments").then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE"));
        assertThat(itemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void unknownRouteAndWrongMethod_areProblems() {
        given().get("/v1/appointments-nowhere").then().statusCode(404).contentType("application/problem+json");
        as(citizen("u-1")).put("/v1/appointments").then().statusCode(405)
                .contentType("application/problem+json");
        given().contentType(ContentType.TEXT).header("Authorization", "Bearer " + citizen("u-1"))
                .body("slotId=1").post("/v1/appointments").then().statusCode(415).contentType("application/problem+json");
    }

    private void post(Map<String, Object> schedule, String field) {
        as(admin).body(schedule).post(slotsPath()).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem(field));
    }

    private String slotsPath() {
        return "/v1/appointment-providers/" + hospital.providerId() + "/slots";
    }

    private static Map<String, Object> with(Map<String, Object> base, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(base);
        changed.put(field, value);
        return changed;
    }
}
