package cloud.citizen.local.apidocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import cloud.citizen.emulator.template.HttpRoute;
import cloud.citizen.emulator.template.SamFunction;
import cloud.citizen.emulator.template.SamTemplate;
import cloud.citizen.local.Json;

/**
 * The OpenAPI 3.1 document of the whole HTTP API, merged from the per-module documents that each
 * function module's build writes next to its zip ({@code <module>/target/openapi/openapi.json}, see
 * docs/openapi.md). The template decides what is in it: one operation per template route, taken
 * from the document of the module its function is packaged from and tagged with the function. A
 * route no module document has is listed in {@link Merged#missing()} (the OpenAPI test fails on it).
 * Schemas keep their names; a name two modules use for different shapes gets the module as prefix.
 */
public final class ApiDocument {
    private static final String SCHEMAS = "#/components/schemas/";

    /** The merged document and the template routes it could not document. */
    public record Merged(ObjectNode document, List<String> missing) {
    }

    private ApiDocument() {
    }

    public static Merged merge(SamTemplate template, Path repositoryRoot) {
        ObjectNode merged = skeleton();
        ObjectNode paths = merged.putObject("paths");
        ObjectNode schemas = ((ObjectNode) merged.get("components")).putObject("schemas");
        List<String> missing = new ArrayList<>();
        Map<Path, JsonNode> modules = new HashMap<>();
        for (SamFunction function : template.functions()) {
            for (HttpRoute route : function.httpRoutes()) {
                if (route.isCatchAll()) {
                    continue;
                }
                Path documentFile = documentOf(repositoryRoot, function);
                JsonNode module = modules.computeIfAbsent(documentFile, file -> adopt(read(file), moduleName(file), schemas));
                JsonNode operation = module.path("paths").path(route.path()).path(route.method().toLowerCase(Locale.ROOT));
                if (operation.isMissingNode()) {
                    missing.add(route.routeKey() + " (" + function.logicalId() + ", " + repositoryRoot.relativize(documentFile) + ")");
                    continue;
                }
                ObjectNode documented = ((ObjectNode) operation).deepCopy();
                documented.putArray("tags").add(function.logicalId());
                // not paths.with(path): Jackson reads a name starting with '/' as a JSON Pointer
                ObjectNode item = paths.has(route.path()) ? (ObjectNode) paths.get(route.path()) : paths.putObject(route.path());
                item.set(route.method().toLowerCase(Locale.ROOT), documented);
            }
        }
        return new Merged(merged, missing);
    }

    /** {@code functions/bills/target/function.zip} -> {@code functions/bills/target/openapi/openapi.json}. */
    static Path documentOf(Path repositoryRoot, SamFunction function) {
        return repositoryRoot.resolve(function.codeUri()).getParent().resolve("openapi").resolve("openapi.json");
    }

    private static ObjectNode skeleton() {
        ObjectNode document = Json.object();
        document.put("openapi", "3.1.0");
        document.putObject("info").put("title", "citizen-cloud HTTP API")
                .put("version", "v1")
                .put("description", "Generated at build time from the functions' code and template.yaml (docs/openapi.md). "
                        + "Errors are application/problem+json; each code is explained in the error catalogue (docs/errors.md).");
        document.putObject("components").putObject("securitySchemes").putObject("bearer")
                .put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT");
        return document;
    }

    /** Adds a module's schemas to the merged ones, renaming a clash, and rewrites its references to match. */
    private static JsonNode adopt(JsonNode module, String moduleName, ObjectNode schemas) {
        if (module.isMissingNode()) {
            return module;
        }
        Map<String, String> renamed = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> own = module.path("components").path("schemas").fields();
        while (own.hasNext()) {
            Map.Entry<String, JsonNode> schema = own.next();
            JsonNode existing = schemas.get(schema.getKey());
            String name = existing == null || existing.equals(schema.getValue()) ? schema.getKey()
                    : moduleName + "." + schema.getKey();
            renamed.put(schema.getKey(), name);
        }
        JsonNode rewritten = rewriteRefs(module.deepCopy(), renamed);
        rewritten.path("components").path("schemas").fields()
                .forEachRemaining(schema -> schemas.set(renamed.get(schema.getKey()), schema.getValue()));
        return rewritten;
    }

    private static JsonNode rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.asText().startsWith(SCHEMAS)) {
                String name = ref.asText().substring(SCHEMAS.length());
                object.set("$ref", TextNode.valueOf(SCHEMAS + renamed.getOrDefault(name, name)));
            }
            object.fields().forEachRemaining(field -> rewriteRefs(field.getValue(), renamed));
        } else if (node.isArray()) {
            node.forEach(element -> rewriteRefs(element, renamed));
        }
        return node;
    }

    private static String moduleName(Path documentFile) {
        return documentFile.getParent().getParent().getParent().getFileName().toString();
    }

    private static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            return MissingNode.getInstance();
        }
        try {
            return Json.parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
