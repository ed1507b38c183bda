package cloud.citizen.apidocs;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Run by the smallrye-open-api-maven-plugin on each function module's document: adds to every
 * operation the problem+json responses it can answer with — its {@link Refuses} lines plus the
 * refusals the platform adds to every endpoint of that shape — each status with the exact codes
 * ({@code x-error-codes} and an enum on {@code code}). Needs the plugin's operation ids
 * {@code PACKAGE_CLASS_METHOD} to find the Java method; replaces them by {@code Class_method}.
 */
public class RefusalResponses implements OASFilter {
    static final String PROBLEM = "Problem";
    private static final String PLATFORM_CODES = "cloud.citizen.platform.problem.ErrorCodes";

    private final Map<String, ErrorEntry> platform = new LinkedHashMap<>();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ErrorEntry.constantsOf(load(PLATFORM_CODES)).forEach(entry -> platform.put(entry.code(), entry));
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        openAPI.getComponents().addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach(
                (verb, operation) -> document(verb, operation)));
    }

    private void document(PathItem.HttpMethod verb, Operation operation) {
        Method method = methodOf(operation.getOperationId());
        operation.setOperationId(method.getDeclaringClass().getSimpleName() + "_" + method.getName());
        List<ErrorEntry> refusals = new ArrayList<>();
        for (Refuses refuses : method.getAnnotationsByType(Refuses.class)) {
            List<ErrorEntry> declared = ErrorEntry.declaredBy(refuses.value());
            if (declared.isEmpty()) {
                throw new IllegalStateException(refuses.value().getName() + " has no @ErrorDoc (" + method + ")");
            }
            refusals.addAll(declared);
        }
        refusals.addAll(sharedRefusals(verb, operation, method));
        if (!isPublic(method)) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));
        }
        Map<Integer, List<ErrorEntry>> byStatus = new TreeMap<>();
        refusals.forEach(entry -> byStatus.computeIfAbsent(entry.status(), s -> new ArrayList<>()).add(entry));
        byStatus.forEach((status, entries) -> operation.getResponses().addAPIResponse(Integer.toString(status),
                response(entries)));
    }

    /** What the platform layers answer on any endpoint of this shape (auth, validation, idempotency, cursors). */
    private List<ErrorEntry> sharedRefusals(PathItem.HttpMethod verb, Operation operation, Method method) {
        List<String> codes = new ArrayList<>(List.of("VALIDATION_FAILED", "INTERNAL_ERROR", "SERVICE_UNAVAILABLE"));
        if (!isPublic(method)) {
            codes.add("UNAUTHENTICATED");
        }
        if (annotated(method, "Allow")) {
            codes.add("FORBIDDEN");
        }
        if (operation.getRequestBody() != null) {
            codes.add("PAYLOAD_TOO_LARGE");
        }
        if (verb == PathItem.HttpMethod.POST && !annotated(method, "IdempotencyKeyIgnored")) {
            codes.addAll(List.of("IDEMPOTENCY_KEY_REUSED", "REQUEST_IN_PROGRESS"));
        }
        if (annotated(method, "IdempotencyKeyRequired")) {
            codes.add("IDEMPOTENCY_KEY_REQUIRED");
        }
        List<Parameter> parameters = Optional.ofNullable(operation.getParameters()).orElse(List.of());
        if (parameters.stream().anyMatch(p -> "cursor".equals(p.getName()))) {
            codes.add("INVALID_CURSOR");
        }
        return codes.stream().map(code -> Optional.ofNullable(platform.get(code))
                .orElseThrow(() -> new IllegalStateException("ErrorCodes." + code + " has no @ErrorDoc"))).toList();
    }

    private static APIResponse response(List<ErrorEntry> entries) {
        List<Object> codes = entries.stream().map(ErrorEntry::code).distinct().map(Object.class::cast).toList();
        StringBuilder description = new StringBuilder();
        entries.stream().filter(distinctCode()).forEach(entry -> description.append(description.isEmpty() ? "" : "; ")
                .append(entry.code()).append(": ").append(entry.meaning()));
        Schema schema = OASFactory.createSchema().addAllOf(OASFactory.createSchema().ref(PROBLEM))
                .addAllOf(OASFactory.createSchema().addProperty("code", OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING).enumeration(codes)));
        APIResponse response = OASFactory.createAPIResponse().description(description.toString())
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(schema)));
        response.addExtension("x-error-codes", codes);
        if (entries.get(0).status() == 429) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
        return response;
    }

    private static Predicate<ErrorEntry> distinctCode() {
        Set<String> seen = new HashSet<>();
        return entry -> seen.add(entry.code());
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; `code` is what the app switches on, `type` links to the error catalogue")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", text).addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text).addProperty("code", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .addRequired("type").addRequired("title").addRequired("status").addRequired("code");
    }

    /** {@code cloud.citizen.bills.api.BillsResource_pay} -> the resource method (names are unique per resource). */
    private Method methodOf(String operationId) {
        int split = operationId == null ? -1 : operationId.lastIndexOf('_');
        if (split < 0) {
            throw new IllegalStateException("operation id " + operationId + " is not PACKAGE_CLASS_METHOD");
        }
        Class<?> resource = load(operationId.substring(0, split));
        String name = operationId.substring(split + 1);
        return Arrays.stream(resource.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no method " + operationId));
    }

    private static boolean isPublic(Method method) {
        return annotated(method, "Public");
    }

    /** By simple name: the platform's auth annotations are not on this module's class path. */
    private static boolean annotated(Method method, String simpleName) {
        return hasNamed(method.getAnnotations(), simpleName) || hasNamed(method.getDeclaringClass().getAnnotations(), simpleName);
    }

    private static boolean hasNamed(Annotation[] annotations, String simpleName) {
        return Arrays.stream(annotations).anyMatch(a -> a.annotationType().getSimpleName().equals(simpleName));
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("not on the module's class path: " + name, e);
        }
    }
}
