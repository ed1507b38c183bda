package cloud.citizen.emulator.template;

import static cloud.citizen.emulator.template.Values.asMap;
import static cloud.citizen.emulator.template.Values.integer;
import static cloud.citizen.emulator.template.Values.mapAt;
import static cloud.citizen.emulator.template.Values.text;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The SAM template as a model: parameters, {@code Globals.Function}, resources by logical id, the
 * functions with their events, and the HTTP APIs. Values stay unresolved (long-form intrinsic
 * maps); {@link IntrinsicResolver} resolves them against a provisioned stack.
 */
public final class SamTemplate {

    public static final String FUNCTION = "AWS::Serverless::Function";

    private final Map<String, Object> document;
    private final Map<String, TemplateParameter> parameters = new LinkedHashMap<>();
    private final Map<String, TemplateResource> resources = new LinkedHashMap<>();
    private final Map<String, HttpApiConfig> httpApis;
    private final Map<String, SamFunction> functions = new LinkedHashMap<>();

    private SamTemplate(Map<String, Object> document) {
        this.document = document;
        mapAt(document, "Parameters", "").forEach((name, definition) -> parameters.put(name, parameter(name,
                asMap(definition, "Parameters." + name))));
        mapAt(document, "Resources", "").forEach((logicalId, definition) -> resources.put(logicalId,
                resource(logicalId, asMap(definition, "Resources." + logicalId))));
        Map<String, Object> globals = mapAt(document, "Globals", "");
        this.httpApis = HttpApiReader.read(resources, mapAt(globals, "HttpApi", "Globals"));
        Map<String, Object> functionGlobals = mapAt(globals, "Function", "Globals");
        for (TemplateResource resource : resources.values()) {
            if (resource.is(FUNCTION)) {
                functions.put(resource.logicalId(), function(resource, functionGlobals));
            }
        }
    }

    public static SamTemplate load(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + file, e);
        }
    }

    public static SamTemplate parse(String yaml) {
        return read(new StringReader(yaml));
    }

    private static SamTemplate read(Reader reader) {
        return new SamTemplate(CloudFormationYaml.read(reader));
    }

    /** The whole document in long form, for sections this model does not cover. */
    public Map<String, Object> document() {
        return Collections.unmodifiableMap(document);
    }

    public Map<String, TemplateParameter> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    public Map<String, Object> globalsFunction() {
        return mapAt(mapAt(document, "Globals", ""), "Function", "Globals");
    }

    public Map<String, TemplateResource> resources() {
        return Collections.unmodifiableMap(resources);
    }

    public Optional<TemplateResource> resource(String logicalId) {
        return Optional.ofNullable(resources.get(logicalId));
    }

    public List<TemplateResource> resourcesOfType(String type) {
        return resources.values().stream().filter(resource -> resource.is(type)).toList();
    }

    public Map<String, Object> conditions() {
        return mapAt(document, "Conditions", "");
    }

    public Map<String, Object> mappings() {
        return mapAt(document, "Mappings", "");
    }

    public Map<String, Object> outputs() {
        return mapAt(document, "Outputs", "");
    }

    public List<SamFunction> functions() {
        return List.copyOf(functions.values());
    }

    public SamFunction function(String logicalId) {
        SamFunction function = functions.get(logicalId);
        if (function == null) {
            throw new NoSuchElementException("no function " + logicalId + " in the template; functions: "
                    + functions.keySet());
        }
        return function;
    }

    /** The function whose CodeUri lies inside {@code modulePath} (e.g. {@code functions/accounts}). */
    public Optional<SamFunction> functionInModule(String modulePath) {
        String module = modulePath.replace('\\', '/').replaceAll("/+$", "");
        // a module's artifact may serve several functions (its HTTP API and its queue or schedule
        // handlers); the one with HTTP routes is the function under test
        List<SamFunction> inModule = functions.values().stream()
                .filter(function -> function.codeUri().equals(module) || function.codeUri().startsWith(module + "/"))
                .toList();
        return inModule.stream().filter(function -> !function.httpRoutes().isEmpty()).findFirst()
                .or(() -> inModule.stream().findFirst());
    }

    public Map<String, HttpApiConfig> httpApis() {
        return Collections.unmodifiableMap(httpApis);
    }

    private static TemplateParameter parameter(String name, Map<String, Object> definition) {
        return new TemplateParameter(name, text(definition.get("Type"), "Parameters." + name + ".Type").orElse("String"),
                text(definition.get("Default"), "Parameters." + name + ".Default"));
    }

    private static TemplateResource resource(String logicalId, Map<String, Object> definition) {
        String where = "Resources." + logicalId;
        return new TemplateResource(logicalId, text(definition.get("Type"), where + ".Type")
                .orElseThrow(() -> new IllegalArgumentException(where + " has no Type")),
                asMap(definition.get("Properties"), where + ".Properties"),
                text(definition.get("Condition"), where + ".Condition"));
    }

    private SamFunction function(TemplateResource resource, Map<String, Object> globals) {
        String where = "Resources." + resource.logicalId() + ".Properties";
        Map<String, Object> merged = new LinkedHashMap<>(globals);
        merged.putAll(resource.properties());
        Map<String, Object> environment = new LinkedHashMap<>(variables(globals, "Globals.Function"));
        environment.putAll(variables(resource.properties(), where));
        FunctionEventsReader events = new FunctionEventsReader(resource.logicalId(), httpApis)
                .read(mapAt(resource.properties(), "Events", where));
        return new SamFunction(resource.logicalId(),
                text(merged.get("CodeUri"), where + ".CodeUri").orElse("."),
                text(merged.get("Handler"), where + ".Handler").orElse(""),
                text(merged.get("Runtime"), where + ".Runtime").orElse(""),
                integer(merged.get("MemorySize"), where + ".MemorySize"),
                integer(merged.get("Timeout"), where + ".Timeout"),
                environment, events.routes, events.queues, events.schedules, events.buckets);
    }

    private static Map<String, Object> variables(Map<String, Object> properties, String where) {
        return mapAt(mapAt(properties, "Environment", where), "Variables", where + ".Environment");
    }
}
