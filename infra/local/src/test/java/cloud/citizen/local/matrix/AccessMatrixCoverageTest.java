package cloud.citizen.local.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** access-matrix.md has one row for every route of template.yaml, and no row for a route that is not there. */
class AccessMatrixCoverageTest {

    @Test
    void everyTemplateRoute_hasExactlyOneRow_andEveryRowARoute() {
        Set<String> routes = new TreeSet<>(TemplateRoutes.all().stream().map(TemplateRoutes.Route::key).toList());
        List<String> rowRoutes = AccessMatrix.rows().stream().map(AccessMatrix.Row::route).toList();
        Set<String> pending = KnownFailures.load().pendingRoutes();

        Set<String> withoutRow = new TreeSet<>(routes);
        withoutRow.removeAll(rowRoutes);
        Set<String> withoutRoute = new TreeSet<>(rowRoutes);
        withoutRoute.removeAll(routes);
        withoutRoute.removeAll(pending);
        Set<String> pendingButThere = new TreeSet<>(pending);
        pendingButThere.retainAll(routes);

        assertThat(withoutRow).as("routes of template.yaml without a row in access-matrix.md").isEmpty();
        assertThat(withoutRoute).as("rows of access-matrix.md without a route in template.yaml").isEmpty();
        assertThat(rowRoutes).as("routes with more than one row").doesNotHaveDuplicates();
        assertThat(pendingButThere).as("routes listed as pending in " + KnownFailures.RESOURCE
                + " that template.yaml now has: delete their lines").isEmpty();
    }

    @Test
    void everyKnownBadInputFailure_namesARouteOfTheTemplate_andAKindOfBadInput() {
        Set<String> routes = new TreeSet<>(TemplateRoutes.all().stream().map(TemplateRoutes.Route::key).toList());
        for (String known : KnownFailures.badInput()) {
            String[] routeAndKind = known.split(" × ");
            if (!routeAndKind[0].equals(KnownFailures.ANY_ROUTE)) {
                assertThat(routes).as(KnownFailures.BAD_INPUT_RESOURCE).contains(routeAndKind[0]);
            }
            assertThat(routeAndKind[1]).as(known).isIn("path", "body", "query", "headers", "surrogate");
        }
    }

    @Test
    void everyCell_isAStatus_optionallyWithACode() {
        for (AccessMatrix.Row row : AccessMatrix.rows()) {
            assertThat(row.expected()).as(row.route()).hasSize(Caller.values().length);
            assertThat(row.path()).as(row.route()).startsWith("/");
        }
    }
}
