package cloud.citizen.votes.api;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.RouteCoverage;

class RouteCoverageTest {

    @Test
    void everyTemplateRouteHasAHandler_andEveryHandlerARoute() {
        RouteCoverage.assertFunctionInThisModuleMatchesItsRoutes();
    }
}
