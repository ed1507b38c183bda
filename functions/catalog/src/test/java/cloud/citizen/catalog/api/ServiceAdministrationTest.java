package cloud.citizen.catalog.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cloud.citizen.catalog.CatalogComponents;
import cloud.citizen.catalog.domain.Department;
import cloud.citizen.catalog.domain.District;
import cloud.citizen.catalog.testing.CatalogFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** POST /v1/services and PUT /v1/services/{serviceId}: admins only, validated, owner must exist. */
@QuarkusTest
@EmulatedAwsTest
class ServiceAdministrationTest {
    @Inject
    CatalogComponents components;

    Department department;
    District district;

    @BeforeEach
    void owners() {
        department = CatalogFixtures.department(components, "成都市民政局");
        district = CatalogFixtures.district(components, "武侯区");
    }

    @Test
    void create_byAdmin_returns201_andIsFoundBySearchAtOnce() {
        String id = CatalogFixtures.as(CatalogFixtures.admin())
                .body(CatalogFixtures.serviceBody(department.departmentId(), "婚姻登记预约")).post("/v1/services")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/v1/services/svc-"))
                .body("departmentId", equalTo(department.departmentId())).body("districtId", nullValue())
                .body("usageCount", equalTo(0)).body("keywords", hasItem("住房")).extract().path("serviceId");

        given().queryParam("q", "hydj").queryParam("department", department.departmentId()).get("/v1/services")
                .then().statusCode(200).body("items.serviceId", hasItem(id));
        assertThat(components.catalogStore().find(id)).isPresent();
    }

    @Test
    void replace_byAdmin_returns200_movesTheServiceToADistrict_andKeepsItsUsage() {
        String admin = CatalogFixtures.admin();
        String id = CatalogFixtures.as(admin).body(CatalogFixtures.serviceBody(department.departmentId(), "低保申请"))
                .post("/v1/services").then().statusCode(201).extract().path("serviceId");
        components.usage().record(new cloud.citizen.catalog.domain.UsageCount(id, 42, java.time.Instant.now()));

        Map<String, Object> body = CatalogFixtures.serviceBody(null, "最低生活保障申请");
        body.remove("departmentId");
        body.put("districtId", district.districtId());
        body.put("online", false);
        CatalogFixtures.as(admin).body(body).put("/v1/services/" + id).then().statusCode(200)
                .body("name", equalTo("最低生活保障申请")).body("districtId", equalTo(district.districtId()))
                .body("departmentId", nullValue()).body("online", equalTo(false)).body("usageCount", equalTo(42));
        given().get("/v1/services/" + id).then().statusCode(200).body("districtId", equalTo(district.districtId()));
    }

    @Test
    void replace_ofAnUnknownService_returns404_andCreatesNothing() {
        int before = CatalogFixtures.itemCount();
        CatalogFixtures.as(CatalogFixtures.admin())
                .body(CatalogFixtures.serviceBody(department.departmentId(), "不存在的服务")).put("/v1/services/svc-absent")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("SERVICE_NOT_FOUND"));
        assertThat(CatalogFixtures.itemCount()).isEqualTo(before);
    }

    @Test
    void create_withBadInput_returns400_andWritesNothing() {
        String admin = CatalogFixtures.admin();
        int before = CatalogFixtures.itemCount();
        Map<String, Object> both = CatalogFixtures.serviceBody(department.departmentId(), "两个归属");
        both.put("districtId", district.districtId());
        Map<String, Object> neither = CatalogFixtures.serviceBody(department.departmentId(), "没有归属");
        neither.remove("departmentId");
        Map<String, Object> unknownDepartment = CatalogFixtures.serviceBody("dept-nowhere", "未知部门");
        Map<String, Object> unknownDistrict = CatalogFixtures.serviceBody(null, "未知区县");
        unknownDistrict.remove("departmentId");
        unknownDistrict.put("districtId", "dist-nowhere");
        Map<String, Object> badCategory = CatalogFixtures.serviceBody(department.departmentId(), "错误分类");
        badCategory.put("category", "magic");
        Map<String, Object> onlineAsText = CatalogFixtures.serviceBody(department.departmentId(), "类型错误");
        onlineAsText.put("online", "yes");
        Map<String, Object> blankName = CatalogFixtures.serviceBody(department.departmentId(), " ");

        for (Object body : new Object[] { both, neither, unknownDepartment, unknownDistrict, badCategory, onlineAsText,
                blankName, "{not json", "" }) {
            CatalogFixtures.as(admin).body(body).post("/v1/services").then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        }
        assertThat(CatalogFixtures.itemCount()).isEqualTo(before);
    }

    @Test
    void replace_withUnknownOwner_returns400_andChangesNothing() {
        String admin = CatalogFixtures.admin();
        String id = CatalogFixtures.as(admin).body(CatalogFixtures.serviceBody(department.departmentId(), "殡葬服务"))
                .post("/v1/services").then().statusCode(201).extract().path("serviceId");
        CatalogFixtures.as(admin).body(CatalogFixtures.serviceBody("dept-nowhere", "改了名字")).put("/v1/services/" + id)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        assertThat(components.catalogStore().find(id).orElseThrow().name()).isEqualTo("殡葬服务");
    }
}
