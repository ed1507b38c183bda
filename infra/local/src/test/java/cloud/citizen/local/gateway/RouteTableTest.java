package cloud.citizen.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.template.HttpRoute;

class RouteTableTest {

    private static RouteTable.Target target(String function, String method, String path) {
        return new RouteTable.Target(function, new HttpRoute(function, method, path, Optional.of("HttpApi"),
                Optional.empty()));
    }

    private final RouteTable routes = new RouteTable(List.of(
            target("ById", "GET", "/v1/bills/{billId}"),
            target("Literal", "GET", "/v1/bills/summary"),
            target("AnyMethod", "ANY", "/v1/bills/summary"),
            target("Greedy", "ANY", "/v1/files/{proxy+}"),
            target("Fallback", "ANY", HttpRoute.CATCH_ALL)));

    @Test
    void match_prefersLiteralSegmentsOverPathVariables_andExactMethodsOverAny() {
        assertThat(routes.match("GET", "/v1/bills/summary")).get()
                .satisfies(match -> assertThat(match.target().function()).isEqualTo("Literal"));
        assertThat(routes.match("POST", "/v1/bills/summary")).get()
                .satisfies(match -> assertThat(match.target().function()).isEqualTo("AnyMethod"));
    }

    @Test
    void match_decodesPathParameters() {
        RouteTable.Match match = routes.match("GET", "/v1/bills/b%2F1%20x").orElseThrow();

        assertThat(match.target().function()).isEqualTo("ById");
        assertThat(match.pathParameters()).isEqualTo(Map.of("billId", "b/1 x"));
    }

    @Test
    void match_greedyVariableTakesTheRestOfThePath() {
        RouteTable.Match match = routes.match("PUT", "/v1/files/a/b/c.png").orElseThrow();

        assertThat(match.target().function()).isEqualTo("Greedy");
        assertThat(match.pathParameters()).containsEntry("proxy", "a/b/c.png");
    }

    @Test
    void match_withoutARoute_fallsBackToDefault_andWithoutDefaultFindsNothing() {
        assertThat(routes.match("GET", "/v1/bills").orElseThrow().target().function()).isEqualTo("Fallback");
        assertThat(routes.match("GET", "/v1/bills/summary/extra").orElseThrow().target().function())
                .isEqualTo("Fallback");
        assertThat(new RouteTable(List.of(target("Only", "GET", "/a"))).match("GET", "/b")).isEmpty();
    }
}
