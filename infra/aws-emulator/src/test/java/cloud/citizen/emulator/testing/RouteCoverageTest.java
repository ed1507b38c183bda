package cloud.citizen.emulator.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.template.SamFunction;
import cloud.citizen.emulator.template.SamTemplate;
import cloud.citizen.emulator.testing.RouteCoverage.Mismatch;
import cloud.citizen.emulator.testing.fixtures.routes.ProfileResource;

class RouteCoverageTest {

    private static final String FIXTURES = ProfileResource.class.getPackageName();

    @Test
    void matchingRoutesAndHandlers_pass_catchAllIgnored() throws Exception {
        SamFunction function = function("""
                GetMe: {Type: HttpApi, Properties: {Method: GET, Path: /v1/me}}
                UpdateMe: {Type: HttpApi, Properties: {Method: PATCH, Path: /v1/me}}
                Verify: {Type: HttpApi, Properties: {Method: POST, Path: /v1/me/real-name}}
                Bill: {Type: HttpApi, Properties: {Method: GET, Path: "/v1/me/bills/{billId}"}}
                Debug: {Type: HttpApi, Properties: {Method: ANY, Path: /v1/debug/cache}}
                Fallback: {Type: HttpApi, Properties: {}}
                """);

        Mismatch mismatch = RouteCoverage.compare(function, testClasses(), FIXTURES);

        assertThat(mismatch.isEmpty()).as(mismatch.toString()).isTrue();
        RouteCoverage.assertMatches(function, testClasses(), FIXTURES);
    }

    @Test
    void missingAndExtraRoutes_areBothListed() throws Exception {
        SamFunction function = function("""
                GetMe: {Type: HttpApi, Properties: {Method: GET, Path: /v1/me}}
                UpdateMe: {Type: HttpApi, Properties: {Method: PATCH, Path: /v1/me}}
                Verify: {Type: HttpApi, Properties: {Method: POST, Path: /v1/me/real-name}}
                Bill: {Type: HttpApi, Properties: {Method: GET, Path: "/v1/me/bills/{id}"}}
                Logout: {Type: HttpApi, Properties: {Method: POST, Path: /v1/auth/logout}}
                """);

        Mismatch mismatch = RouteCoverage.compare(function, testClasses(), FIXTURES);

        assertThat(mismatch.routesWithoutHandler()).containsExactly("GET /v1/me/bills/{id}", "POST /v1/auth/logout");
        assertThat(mismatch.handlersWithoutRoute()).containsExactly(
                "DELETE /v1/debug/cache (" + FIXTURES + ".ExtraResource#clear)",
                "GET /v1/me/bills/{billId} (" + FIXTURES + ".ProfileResource#bill)");
        assertThatThrownBy(() -> RouteCoverage.assertMatches(function, testClasses(), FIXTURES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("routes without handler: [GET /v1/me/bills/{id}, POST /v1/auth/logout]")
                .hasMessageContaining("handlers without route: [DELETE /v1/debug/cache");
    }

    @Test
    void pathNormalisation() {
        assertThat(JaxRsEndpoints.normalise("v1//me/")).isEqualTo("/v1/me");
        assertThat(JaxRsEndpoints.normalise("/")).isEqualTo("/");
        assertThat(JaxRsEndpoints.normalise("/x/{id : \\d+}/y")).isEqualTo("/x/{id}/y");
    }

    private static SamFunction function(String events) {
        String indented = events.lines().map(line -> "        " + line).reduce("", (a, b) -> a + b + "\n");
        return SamTemplate.parse("""
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: functions/fixture/target/function.zip
                      Events:
                """ + indented).function("Fn");
    }

    private static Path testClasses() throws URISyntaxException {
        return Path.of(RouteCoverageTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
