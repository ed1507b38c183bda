package cloud.citizen.catalog.testing;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cloud.citizen.catalog.CatalogComponents;
import cloud.citizen.catalog.domain.Department;
import cloud.citizen.catalog.domain.District;
import cloud.citizen.catalog.domain.Owner;
import cloud.citizen.catalog.domain.Service;
import cloud.citizen.catalog.domain.ServiceDraft;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The catalog tests' one fixture class: ids from a counter under a per-run prefix (the emulated
 * table is shared by every test of the JVM), data written through the components, tokens as the
 * accounts function issues them.
 */
public final class CatalogFixtures {
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private CatalogFixtures() {
    }

    public static String newId(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    public static TestTokens tokens() {
        return TestTokens.forFunctionUnderTest();
    }

    public static String admin() {
        return tokens().admin(newId("admin"));
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static Department department(CatalogComponents components, String name) {
        Department department = new Department(newId("dept"), name);
        components.catalogStore().addIfAbsent(department);
        return department;
    }

    public static District district(CatalogComponents components, String name) {
        District district = new District(newId("dist"), name);
        components.catalogStore().addIfAbsent(district);
        return district;
    }

    public static Service service(CatalogComponents components, Owner owner, String name, String... keywords) {
        return components.administration().create(new ServiceDraft(name, "housing-fund", owner, true, List.of(keywords)));
    }

    /** A valid POST/PUT /v1/services body under a department. */
    public static Map<String, Object> serviceBody(String departmentId, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("category", "housing-fund");
        body.put("departmentId", departmentId);
        body.put("online", true);
        body.put("keywords", List.of("公积金", "住房"));
        return body;
    }

    public static Map<String, Object> submissionBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "社区老年助餐服务");
        body.put("category", "community");
        body.put("description", "为辖区65岁以上老人提供午餐配送");
        body.put("organisation", "成都市锦江区乐龄社工服务中心");
        body.put("contact", "13812345678");
        return body;
    }

    public static String tableName() {
        return EmulatedAwsResource.resources().tableName("CatalogTable");
    }

    /** Every item of the table: for "nothing was written" checks (tests of one JVM run one after another). */
    public static int itemCount() {
        return EmulatedAwsResource.aws().dynamoDb().scan(scan -> scan.tableName(tableName()).select("COUNT")).count();
    }
}
