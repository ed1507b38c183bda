package cloud.citizen.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cloud.citizen.catalog.CatalogComponents;
import cloud.citizen.catalog.domain.District;
import cloud.citizen.catalog.testing.CatalogFixtures;
import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** Service submissions: any signed-in user submits, its submitter and admins read, admins decide once. */
@QuarkusTest
@EmulatedAwsTest
class SubmissionsTest {
    @Inject
    CatalogComponents components;

    District district;
    String submitter;
    String submitterToken;

    @BeforeEach
    void setUp() {
        district = CatalogFixtures.district(components, "锦江区");
        submitter = CatalogFixtures.newId("u");
        submitterToken = CatalogFixtures.tokens().citizen(submitter);
    }

    @Test
    void submit_returns201Pending_andOnlyItsSubmitterAndAdminsSeeIt() {
        String id = submit();

        CatalogFixtures.as(submitterToken).get("/v1/service-submissions/" + id).then().statusCode(200)
                .body("status", equalTo("pending")).body("reason", nullValue()).body("serviceId", nullValue())
                .body("contact", equalTo("138****5678"));
        CatalogFixtures.as(CatalogFixtures.admin()).get("/v1/service-submissions/" + id).then().statusCode(200);
        CatalogFixtures.as(CatalogFixtures.tokens().citizen(CatalogFixtures.newId("u")))
                .get("/v1/service-submissions/" + id).then().statusCode(404)
                .body("code", equalTo("SUBMISSION_NOT_FOUND"));
        CatalogFixtures.as(CatalogFixtures.tokens().staff(CatalogFixtures.newId("s"), "c-1"))
                .get("/v1/service-submissions/" + id).then().statusCode(404);
        CatalogFixtures.anonymous().get("/v1/service-submissions/" + id).then().statusCode(401);
    }

    @Test
    void approve_listsTheService_andTheSubmitterSeesItsId() {
        String id = submit();

        String serviceId = CatalogFixtures.as(CatalogFixtures.admin())
                .body(Map.of("approve", true, "districtId", district.districtId(), "online", true,
                        "keywords", List.of("助餐", "老人")))
                .post("/v1/service-submissions/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("approved")).body("serviceId", notNullValue()).extract().path("serviceId");

        CatalogFixtures.as(submitterToken).get("/v1/service-submissions/" + id).then().statusCode(200)
                .body("status", equalTo("approved")).body("serviceId", equalTo(serviceId));
        CatalogFixtures.anonymous().get("/v1/services/" + serviceId).then().statusCode(200)
                .body("name", equalTo("社区老年助餐服务")).body("districtId", equalTo(district.districtId()))
                .body("category", equalTo("community"));
        CatalogFixtures.anonymous().queryParam("q", "zhucan").queryParam("district", district.districtId())
                .get("/v1/services").then().statusCode(200).body("items[0].serviceId", equalTo(serviceId));
    }

    @Test
    void reject_keepsTheReason_andASecondDecisionIs409AlreadyDecided() {
        String id = submit();
        String admin = CatalogFixtures.admin();

        CatalogFixtures.as(admin).body(Map.of("approve", false, "reason", "与现有服务重复"))
                .post("/v1/service-submissions/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("rejected")).body("reason", equalTo("与现有服务重复"));
        CatalogFixtures.as(admin).body(Map.of("approve", true, "districtId", district.districtId()))
                .post("/v1/service-submissions/" + id + "/decision").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("ALREADY_DECIDED"));
        CatalogFixtures.as(submitterToken).get("/v1/service-submissions/" + id).then()
                .body("status", equalTo("rejected")).body("reason", equalTo("与现有服务重复")).body("serviceId", nullValue());
    }

    @Test
    void decide_concurrently_exactlyOneDecisionWins_andOneServiceIsListed() throws Exception {
        String id = submit();
        String admin = CatalogFixtures.admin();
        int servicesBefore = components.catalogStore().loadAll().services().size();

        List<Integer> statuses = Concurrently.run(200, 16, i -> CatalogFixtures.as(admin)
                .body(i % 2 == 0 ? Map.of("approve", true, "districtId", district.districtId())
                        : Map.of("approve", false, "reason", "第" + i + "位管理员的理由"))
                .post("/v1/service-submissions/" + id + "/decision").then().extract().statusCode());

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 409);
        boolean approved = components.submissions().view(id, "", true).status().name().equals("APPROVED");
        assertThat(components.catalogStore().loadAll().services()).hasSize(servicesBefore + (approved ? 1 : 0));
    }

    @Test
    void decide_onAnUnknownSubmission_is404_andWithUnknownDistrictIs400_andLeavesItPending() {
        String admin = CatalogFixtures.admin();
        CatalogFixtures.as(admin).body(Map.of("approve", false, "reason", "无"))
                .post("/v1/service-submissions/sub-absent/decision").then().statusCode(404)
                .body("code", equalTo("SUBMISSION_NOT_FOUND"));
        String id = submit();
        int before = CatalogFixtures.itemCount();
        CatalogFixtures.as(admin).body(Map.of("approve", true, "districtId", "dist-nowhere"))
                .post("/v1/service-submissions/" + id + "/decision").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        assertThat(CatalogFixtures.itemCount()).isEqualTo(before);
        CatalogFixtures.as(submitterToken).get("/v1/service-submissions/" + id).then().body("status", equalTo("pending"));
    }

    @Test
    void badInput_returns400_andWritesNothing() {
        String admin = CatalogFixtures.admin();
        String id = submit();
        int before = CatalogFixtures.itemCount();
        Map<String, Object> noName = CatalogFixtures.submissionBody();
        noName.remove("name");
        Map<String, Object> badCategory = CatalogFixtures.submissionBody();
        badCategory.put("category", "magic");
        for (Object body : new Object[] { noName, badCategory, "[]", "{" }) {
            CatalogFixtures.as(submitterToken).body(body).post("/v1/service-submissions").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        for (Object body : new Object[] { Map.of("approve", true), Map.of("approve", false),
                Map.of("approve", "yes", "reason", "x"), Map.of("reason", "x"),
                Map.of("approve", true, "departmentId", "dept-x", "districtId", district.districtId()) }) {
            CatalogFixtures.as(admin).body(body).post("/v1/service-submissions/" + id + "/decision").then()
                    .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        }
        assertThat(CatalogFixtures.itemCount()).isEqualTo(before);
    }

    private String submit() {
        return CatalogFixtures.as(submitterToken).body(CatalogFixtures.submissionBody())
                .post("/v1/service-submissions").then().statusCode(201).body("status", equalTo("pending"))
                .extract().path("submissionId");
    }
}
