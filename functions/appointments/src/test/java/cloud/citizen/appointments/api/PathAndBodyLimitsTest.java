package cloud.citizen.appointments.api;

import static cloud.citizen.appointments.testing.AppointmentsFixtures.as;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.citizen;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.itemCount;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.newUser;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Path parameters are bounded before any resource runs (over 256 characters or with a control
 * character: 400 naming the parameter), slot ids that name no real date are unknown slots, and a
 * body over 64 KiB is 413 whether or not it declares its length. Nothing is written.
 */
@QuarkusTest
@EmulatedAwsTest
class PathAndBodyLimitsTest {
    private static final String LONG_ID = "x".repeat(2_048);

    @ParameterizedTest
    @ValueSource(strings = { "jinjiang-flu.20261399.0900", "jinjiang-flu.20260230.0900", "jinjiang-flu.20261128.2500" })
    void slotIdWithAnImpossibleDate_onBookingAndWaitlist_is4xx_andWritesNothing(String slotId) {
        int itemsBefore = itemCount();
        String token = citizen(newUser());

        as(token).body(Map.of("slotId", slotId)).post("/v1/appointments").then()
                .statusCode(lessThan(500)).contentType("application/problem+json");
        as(token).post("/v1/slots/" + slotId + "/waitlist").then()
                .statusCode(lessThan(500)).contentType("application/problem+json");
        assertThat(itemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void pathIdOver256Characters_is400NamingTheParameter_onEveryKindOfRoute() {
        int itemsBefore = itemCount();
        String token = citizen(newUser());

        as(token).post("/v1/slots/" + LONG_ID + "/waitlist").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("slotId"));
        as(token).delete("/v1/appointments/" + LONG_ID).then().statusCode(400).body("errors[0].field",
                equalTo("appointmentId"));
        as(token).get("/v1/appointment-providers/" + LONG_ID + "/slots").then().statusCode(400)
                .body("errors[0].field", equalTo("providerId"));
        as(tokens().staff("s-1", "c-1")).body(Map.of("code", "123456"))
                .post("/v1/appointments/" + LONG_ID + "/check-in").then().statusCode(400)
                .body("errors[0].field", equalTo("appointmentId"));
        assertThat(itemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void pathIdWithAControlCharacter_is400() {
        // sent as written: RestAssured would otherwise encode the '%' itself
        as(citizen(newUser())).urlEncodingEnabled(false).delete("/v1/appointments/a%01b").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("appointmentId"))
                .body("errors[0].message", equalTo("must not contain control characters"));
    }

    @Test
    void anonymousCaller_stillGets401First() {
        RestAssured.given().delete("/v1/appointments/" + LONG_ID).then().statusCode(401);
    }

    @Test
    void bodyOver64KiB_withoutContentLength_isRefusedWith413() throws Exception {
        int itemsBefore = itemCount();
        byte[] big = ("{\"slotId\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        // a body publisher of unknown length makes the client send Transfer-Encoding: chunked
        HttpRequest request = HttpRequest.newBuilder(apiUri("/v1/appointments"))
                .header("Authorization", "Bearer " + citizen(newUser())).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();

        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("PAYLOAD_TOO_LARGE");
        assertThat(itemCount()).isEqualTo(itemsBefore);
    }

    private static URI apiUri(String path) {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + RestAssured.basePath + path);
    }
}
