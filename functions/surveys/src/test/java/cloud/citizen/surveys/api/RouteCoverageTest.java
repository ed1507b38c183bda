package cloud.citizen.surveys.api;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.emulator.testing.RouteCoverage;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@EmulatedAwsTest
class RouteCoverageTest {

    @Test
    void everyRouteInTheTemplate_hasAResource_andEveryResourceARoute() {
        RouteCoverage.assertFunctionInThisModuleMatchesItsRoutes();
    }
}
