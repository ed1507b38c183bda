package cloud.citizen.accounts.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.template.HttpRoute;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.accounts.testing.AccountsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The function's own access rules agree with the template's: every route behind the JWT
 * authorizer refuses an anonymous caller with 401 problem+json inside the function too (defence in
 * depth: the function is safe however it is invoked), and every public route lets one through.
 */
@QuarkusTest
@EmulatedAwsTest(parameters = AccountsFixtures.ONE_CLIENT_ADDRESS)
class AccessRulesTest {

    @Test
    void protectedRoutes_refuseAnonymousCallers() {
        List<HttpRoute> routes = routes().stream().filter(HttpRoute::requiresAuthorization).toList();
        assertThat(routes).isNotEmpty();
        for (HttpRoute route : routes) {
            given().contentType(ContentType.JSON).body("{}").request(route.method(), concrete(route.path()))
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void publicRoutes_admitAnonymousCallers() {
        for (HttpRoute route : routes().stream().filter(r -> !r.requiresAuthorization() && !r.isCatchAll()).toList()) {
            int status = given().contentType(ContentType.JSON).body("{}").request(route.method(), concrete(route.path()))
                    .statusCode();
            assertThat(status).as(route.routeKey()).isNotEqualTo(401).isNotEqualTo(403);
        }
    }

    @Test
    void protectedRoutes_refuseATokenOfAnotherIssuer() {
        String foreign = cloud.citizen.emulator.testing.TestTokens.forFunctionUnderTest()
                .withIssuer("https://other.example").citizen("u-1");
        for (HttpRoute route : routes().stream().filter(HttpRoute::requiresAuthorization).toList()) {
            given().header("Authorization", "Bearer " + foreign).contentType(ContentType.JSON).body("{}")
                    .request(route.method(), concrete(route.path())).then().statusCode(401);
        }
    }

    private static List<HttpRoute> routes() {
        return EmulatedAwsResource.function().httpRoutes();
    }

    private static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", "x");
    }
}
