package cloud.citizen.appointments.api;

import static cloud.citizen.appointments.testing.AppointmentsFixtures.as;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.newId;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.provider;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tokens;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** GET and POST /v1/appointment-providers: public list, admin-only registration. */
@QuarkusTest
@EmulatedAwsTest
class ProvidersTest {
    @Inject
    AppointmentsComponents components;

    @Test
    void list_isPublic_andFiltersByTypeAndDistrict() {
        Provider hospital = provider(components, ProviderType.HOSPITAL, "c-list");
        Provider site = provider(components, ProviderType.VACCINE, "c-list");

        List<String> vaccineSites = given().get("/v1/appointment-providers?type=vaccine&district=jinjiang&limit=100")
                .then().statusCode(200).extract().jsonPath().getList("items.providerId");
        assertThat(vaccineSites).contains(site.providerId()).doesNotContain(hospital.providerId());
        given().get("/v1/appointment-providers?type=hospital&limit=100").then().statusCode(200)
                .body("items.providerId", hasItem(hospital.providerId()))
                .body("items.type", not(hasItem("vaccine")));
        given().get("/v1/appointment-providers?district=nowhere").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("nextCursor", equalTo(null));
    }

    @Test
    void list_pagesWithSignedCursors() {
        for (int i = 0; i < 3; i++) {
            provider(components, ProviderType.HOSPITAL, "c-paging");
        }
        var first = given().get("/v1/appointment-providers?type=hospital&limit=2").then().statusCode(200).extract();
        String cursor = first.path("nextCursor");
        assertThat(first.jsonPath().getList("items")).hasSize(2);
        assertThat(cursor).isNotNull();

        List<String> second = given().queryParam("cursor", cursor).get("/v1/appointment-providers?type=hospital&limit=2")
                .then().statusCode(200).extract().jsonPath().getList("items.providerId");
        assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first.jsonPath().getList("items.providerId"));
        given().queryParam("cursor", cursor + "x").get("/v1/appointment-providers").then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void list_refusesUnknownTypeAndBadLimit() {
        given().get("/v1/appointment-providers?type=clinic").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("type"));
        given().get("/v1/appointment-providers?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void register_byAdmin_returns201_andOnlyOnce() {
        Map<String, Object> body = body(newId("site"));

        as(tokens().admin("admin-1")).body(body).post("/v1/appointment-providers").then()
                .statusCode(201).body("providerId", equalTo(body.get("providerId"))).body("type", equalTo("vaccine"))
                .body("vaccine", equalTo("influenza"));
        as(tokens().admin("admin-1")).body(body).post("/v1/appointment-providers").then()
                .statusCode(409).body("code", equalTo("PROVIDER_EXISTS"));
        assertThat(components.providerDirectory().find((String) body.get("providerId"))).isPresent();
    }

    @Test
    void register_byAnyoneButAdmin_isRefused() {
        Map<String, Object> body = body(newId("site"));

        given().contentType(ContentType.JSON).body(body).post("/v1/appointment-providers").then().statusCode(401);
        as(tokens().citizen("u-1", true)).body(body).post("/v1/appointment-providers").then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        as(tokens().staff("s-1", "c-demo")).body(body).post("/v1/appointment-providers").then()
                .statusCode(403);
        assertThat(components.providerDirectory().find((String) body.get("providerId"))).isEmpty();
    }

    private static Map<String, Object> body(String id) {
        Map<String, Object> body = new HashMap<>();
        body.put("providerId", id);
        body.put("name", "春熙路社区接种点");
        body.put("type", "vaccine");
        body.put("district", "jinjiang");
        body.put("communityId", "c-chunxi");
        body.put("address", "成都市锦江区春熙路1号");
        body.put("vaccine", "influenza");
        return body;
    }
}
