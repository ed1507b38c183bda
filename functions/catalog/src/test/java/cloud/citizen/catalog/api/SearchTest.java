package cloud.citizen.catalog.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cloud.citizen.catalog.CatalogComponents;
import cloud.citizen.catalog.domain.Department;
import cloud.citizen.catalog.domain.District;
import cloud.citizen.catalog.domain.Owner;
import cloud.citizen.catalog.domain.Service;
import cloud.citizen.catalog.testing.CatalogFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** GET /v1/services: public search in Chinese, full pinyin and initials, filters, signed cursors. */
@QuarkusTest
@EmulatedAwsTest
class SearchTest {
    @Inject
    CatalogComponents components;

    Department fund;
    Service withdraw;
    Service loan;
    Service transfer;
    Service license;

    @BeforeEach
    void catalog() {
        fund = CatalogFixtures.department(components, "成都住房公积金管理中心");
        withdraw = CatalogFixtures.service(components, Owner.department(fund.departmentId()), "住房公积金提取");
        loan = CatalogFixtures.service(components, Owner.department(fund.departmentId()), "公积金贷款申请");
        transfer = CatalogFixtures.service(components, Owner.department(fund.departmentId()), "异地转移接续", "公积金");
        license = CatalogFixtures.service(components, Owner.department(fund.departmentId()), "营业执照办理");
    }

    @Test
    void search_inChinese_fullPinyin_initials_andMixedCase_findTheSameServices() {
        List<String> chinese = ids("公积金");
        assertThat(chinese).containsExactlyInAnyOrder(withdraw.serviceId(), loan.serviceId(), transfer.serviceId());
        assertThat(ids("gongjijin")).containsExactlyInAnyOrderElementsOf(chinese);
        assertThat(ids("gjj")).containsExactlyInAnyOrderElementsOf(chinese);
        assertThat(ids("GJJ")).containsExactlyInAnyOrderElementsOf(chinese);
        assertThat(ids("Gong Ji'jin")).containsExactlyInAnyOrderElementsOf(chinese);
        assertThat(ids("积金")).containsExactlyInAnyOrderElementsOf(chinese);
    }

    @Test
    void search_ranksNameMatchesBeforeKeywordMatches_andNamePrefixFirst() {
        assertThat(ids("gjj")).containsExactly(loan.serviceId(), withdraw.serviceId(), transfer.serviceId());
    }

    @Test
    void search_byPolyphonicCharacter_findsEveryReading() {
        Service bank = CatalogFixtures.service(components, Owner.department(fund.departmentId()), "银行网点查询");
        assertThat(ids("yinhang")).contains(bank.serviceId());
        assertThat(ids("yinxing")).contains(bank.serviceId());
        assertThat(ids("yh")).contains(bank.serviceId());
    }

    @Test
    void search_withoutQuery_listsEveryServiceOfTheFilter() {
        assertThat(ids(null)).containsExactlyInAnyOrder(withdraw.serviceId(), loan.serviceId(), transfer.serviceId(),
                license.serviceId());
    }

    @Test
    void search_filtersByDistrictAndCategory() {
        District jinjiang = CatalogFixtures.district(components, "锦江区");
        Service local = CatalogFixtures.service(components, Owner.district(jinjiang.districtId()), "公积金业务网点查询");

        assertThat(given().queryParam("q", "gjj").queryParam("district", jinjiang.districtId()).get("/v1/services")
                .then().statusCode(200).body("items[0].districtId", equalTo(jinjiang.districtId()))
                .body("items[0].departmentId", nullValue())
                .extract().jsonPath().getList("items.serviceId", String.class)).containsExactly(local.serviceId());
        given().queryParam("department", fund.departmentId()).queryParam("category", "tax").get("/v1/services")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("nextCursor", nullValue());
    }

    @Test
    void search_pagesWithSignedCursors_thatBelongToTheirQuestion() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().queryParam("department", fund.departmentId()).queryParam("limit", 1)
                    .queryParam("cursor", cursor == null ? "" : cursor).get("/v1/services").then().statusCode(200)
                    .extract();
            seen.addAll(page.jsonPath().getList("items.serviceId", String.class));
            cursor = page.path("nextCursor");
        } while (cursor != null && seen.size() < 10);
        assertThat(seen).containsExactlyInAnyOrder(withdraw.serviceId(), loan.serviceId(), transfer.serviceId(),
                license.serviceId());

        String first = given().queryParam("department", fund.departmentId()).queryParam("limit", 1)
                .get("/v1/services").then().extract().path("nextCursor");
        given().queryParam("department", fund.departmentId()).queryParam("cursor", first + "x").get("/v1/services")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("INVALID_CURSOR"));
        given().queryParam("q", "gjj").queryParam("cursor", first).get("/v1/services")
                .then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void search_refusesBadParameters() {
        given().queryParam("limit", 0).get("/v1/services").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", 101).get("/v1/services").then().statusCode(400);
        given().queryParam("category", "nonsense").get("/v1/services").then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
        given().queryParam("department", "Bad Id!").get("/v1/services").then().statusCode(400)
                .body("errors[0].field", equalTo("department"));
        given().queryParam("q", "长".repeat(51)).get("/v1/services").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void get_returnsTheService_or404ServiceNotFound() {
        given().get("/v1/services/" + withdraw.serviceId()).then().statusCode(200)
                .body("name", equalTo("住房公积金提取")).body("departmentId", equalTo(fund.departmentId()))
                .body("category", equalTo("housing-fund")).body("online", equalTo(true))
                .body("usageCount", equalTo(0));
        given().get("/v1/services/svc-nothing-here").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("SERVICE_NOT_FOUND"));
    }

    @Test
    void departmentsAndDistricts_arePublicWholeLists() {
        District district = CatalogFixtures.district(components, "高新区");
        given().get("/v1/departments").then().statusCode(200).body("nextCursor", nullValue())
                .body("items.find { it.departmentId == '" + fund.departmentId() + "' }.name", equalTo("成都住房公积金管理中心"));
        given().get("/v1/districts").then().statusCode(200)
                .body("items.find { it.districtId == '" + district.districtId() + "' }.name", equalTo("高新区"));
    }

    private List<String> ids(String q) {
        var request = given().queryParam("department", fund.departmentId()).queryParam("limit", 100);
        if (q != null) {
            request.queryParam("q", q);
        }
        return request.get("/v1/services").then().statusCode(200).extract().jsonPath()
                .getList("items.serviceId", String.class);
    }
}
