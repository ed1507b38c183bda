package cloud.citizen.local.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cloud.citizen.emulator.RepositoryRoot;
import cloud.citizen.emulator.template.SamTemplate;

/**
 * The merged OpenAPI document (built from the function modules' own documents, which their builds
 * write: run after they are packaged, as {@code ./mvnw verify} does) covers the whole contract:
 * every template route, and for every row of docs/api.md each status and error code on one of the
 * row's routes. A route, status or code that the code does not document fails here.
 */
class OpenApiDocumentTest {
    /**
     * Promised by docs/api.md, built on other branches this session; the lead empties this list as
     * those merge (and the test fails on an entry that is no longer a gap, so it cannot go stale).
     */
    private static final Set<String> PENDING = Set.of();

    private static Path root;
    private static ApiDocument.Merged merged;

    @BeforeAll
    static void merge() {
        root = RepositoryRoot.locate();
        merged = ApiDocument.merge(SamTemplate.load(RepositoryRoot.template(root)), root);
    }

    @Test
    void everyTemplateRoute_isInTheDocument() {
        assertThat(merged.missing()).as("template routes without an operation in their module's document").isEmpty();
        assertThat(merged.document().path("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void everyStatusAndCodeOfTheContract_isDocumentedOnItsRoute() throws IOException {
        ApiContract contract = ApiContract.parse(Files.readString(root.resolve("docs/api.md")));
        assertThat(contract.rows()).hasSizeGreaterThan(60);
        List<String> gaps = new ArrayList<>();
        for (ApiContract.Row row : contract.rows()) {
            List<JsonNode> operations = row.routes().stream().map(this::operation).filter(op -> !op.isMissingNode()).toList();
            row.routes().stream().filter(route -> operation(route).isMissingNode()).forEach(route -> gaps.add(route + ": route"));
            String where = row.routes().get(0);
            for (String status : row.statuses()) {
                if (operations.stream().noneMatch(op -> op.path("responses").has(status))) {
                    gaps.add(where + ": status " + status);
                }
            }
            for (String code : row.codes()) {
                if (operations.stream().noneMatch(op -> codesOf(op).contains(code))) {
                    gaps.add(where + ": code " + code);
                }
            }
        }
        assertThat(gaps).as("docs/api.md promises that the code does not document (fix the code's @Refuses/@APIResponse, "
                + "or list work still on another branch in PENDING)").containsExactlyInAnyOrderElementsOf(PENDING);
    }

    @Test
    void everyErrorResponse_namesItsCodes_andEveryCodeIsInTheCatalogue() {
        Set<String> catalogued = ErrorCatalogue.fromClassPath().codes().keySet();
        List<String> problems = new ArrayList<>();
        merged.document().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            op.getValue().path("responses").fields().forEachRemaining(response -> {
                boolean error = response.getKey().compareTo("400") >= 0;
                JsonNode codes = response.getValue().path("x-error-codes");
                if (error && codes.isEmpty()) {
                    problems.add(op.getKey() + " " + path.getKey() + " " + response.getKey() + ": no codes");
                }
                codes.forEach(code -> {
                    if (!catalogued.contains(code.asText())) {
                        problems.add(code.asText() + " not in the catalogue");
                    }
                });
            });
        }));
        assertThat(problems).isEmpty();
    }

    private JsonNode operation(String route) {
        String[] parts = route.split(" ", 2);
        return merged.document().path("paths").path(parts[1]).path(parts[0].toLowerCase(Locale.ROOT));
    }

    private static Set<String> codesOf(JsonNode operation) {
        Set<String> codes = new LinkedHashSet<>();
        operation.path("responses").forEach(response -> response.path("x-error-codes").forEach(code -> codes.add(code.asText())));
        return codes;
    }
}
