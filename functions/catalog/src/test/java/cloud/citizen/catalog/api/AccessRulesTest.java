package cloud.citizen.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.catalog.CatalogComponents;
import cloud.citizen.catalog.domain.Department;
import cloud.citizen.catalog.domain.Owner;
import cloud.citizen.catalog.testing.CatalogFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every route of the catalog for every kind of caller: anonymous, the citizen concerned (the
 * submitter), another citizen, staff of another community, staff, admin. Reading the catalog is
 * public; changing it is for admins; a submission is its submitter's and the admins'.
 */
@QuarkusTest
@EmulatedAwsTest
class AccessRulesTest {
    private static final List<String> CALLERS = List.of("anonymous", "citizen", "otherCitizen", "otherStaff", "staff",
            "admin");

    @Inject
    CatalogComponents components;

    @Test
    void everyRoute_answersEveryCaller_asTheContractSays() {
        Department department = CatalogFixtures.department(components, "成都市交通运输局");
        String serviceId = CatalogFixtures.service(components, Owner.department(department.departmentId()), "公交卡办理")
                .serviceId();
        String submitter = CatalogFixtures.newId("u");
        Map<String, Optional<String>> tokens = new LinkedHashMap<>();
        tokens.put("anonymous", Optional.empty());
        tokens.put("citizen", Optional.of(CatalogFixtures.tokens().citizen(submitter)));
        tokens.put("otherCitizen", Optional.of(CatalogFixtures.tokens().citizen(CatalogFixtures.newId("u"))));
        tokens.put("otherStaff", Optional.of(CatalogFixtures.tokens().staff(CatalogFixtures.newId("s"), "c-other")));
        tokens.put("staff", Optional.of(CatalogFixtures.tokens().staff(CatalogFixtures.newId("s"), "c-home")));
        tokens.put("admin", Optional.of(CatalogFixtures.admin()));
        Map<String, Object> service = CatalogFixtures.serviceBody(department.departmentId(), "公交卡挂失");

        expect(tokens, caller -> call(caller, "GET", "/v1/services?q=gjk", null), 200, 200, 200, 200, 200, 200);
        expect(tokens, caller -> call(caller, "GET", "/v1/services/" + serviceId, null), 200, 200, 200, 200, 200, 200);
        expect(tokens, caller -> call(caller, "GET", "/v1/departments", null), 200, 200, 200, 200, 200, 200);
        expect(tokens, caller -> call(caller, "GET", "/v1/districts", null), 200, 200, 200, 200, 200, 200);
        expect(tokens, caller -> call(caller, "POST", "/v1/services", service), 401, 403, 403, 403, 403, 201);
        expect(tokens, caller -> call(caller, "PUT", "/v1/services/" + serviceId, service), 401, 403, 403, 403, 403, 200);
        expect(tokens, caller -> call(caller, "POST", "/v1/service-submissions", CatalogFixtures.submissionBody()),
                401, 201, 201, 201, 201, 201);

        String submissionId = call(tokens.get("citizen"), "POST", "/v1/service-submissions",
                CatalogFixtures.submissionBody()).path("submissionId");
        expect(tokens, caller -> call(caller, "GET", "/v1/service-submissions/" + submissionId, null),
                401, 200, 404, 404, 404, 200);
        expect(tokens, caller -> call(caller, "POST", "/v1/service-submissions/" + submissionId + "/decision",
                Map.of("approve", false, "reason", "测试")), 401, 403, 403, 403, 403, 200);
    }

    @Test
    void aPublicRoute_withAnInvalidToken_answersAsForAnonymous_butAProtectedOneSays401() {
        Optional<String> expired = Optional.of(CatalogFixtures.tokens().expired(CatalogFixtures.newId("u")));
        assertThat(call(expired, "GET", "/v1/departments", null).statusCode()).isEqualTo(200);
        assertThat(call(expired, "POST", "/v1/service-submissions", CatalogFixtures.submissionBody()).statusCode())
                .isEqualTo(401);
        Optional<String> forged = Optional.of(CatalogFixtures.tokens().signedWithForeignKey(CatalogFixtures.newId("u")));
        assertThat(call(forged, "POST", "/v1/services", Map.of()).statusCode()).isEqualTo(401);
    }

    private interface Call {
        Response as(Optional<String> token);
    }

    private static void expect(Map<String, Optional<String>> tokens, Call call, int... statuses) {
        for (int i = 0; i < CALLERS.size(); i++) {
            Response response = call.as(tokens.get(CALLERS.get(i)));
            assertThat(response.statusCode()).as(CALLERS.get(i) + ": " + response.asString()).isEqualTo(statuses[i]);
            if (statuses[i] >= 400) {
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
    }

    private static Response call(Optional<String> token, String method, String path, Object body) {
        var request = token.map(CatalogFixtures::as).orElseGet(CatalogFixtures::anonymous);
        if (body != null) {
            request.body(body);
        }
        return request.request(method, path);
    }
}
