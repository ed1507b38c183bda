package cloud.citizen.emulator.template;

import static cloud.citizen.emulator.template.Values.asMap;
import static cloud.citizen.emulator.template.Values.bool;
import static cloud.citizen.emulator.template.Values.integer;
import static cloud.citizen.emulator.template.Values.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code Events} of one function into typed event sources; other event types are ignored. */
final class FunctionEventsReader {

    private final String functionId;
    private final Map<String, HttpApiConfig> apis;
    final List<HttpRoute> routes = new ArrayList<>();
    final List<SqsEventSource> queues = new ArrayList<>();
    final List<ScheduleEventSource> schedules = new ArrayList<>();
    final List<S3EventSource> buckets = new ArrayList<>();

    FunctionEventsReader(String functionId, Map<String, HttpApiConfig> apis) {
        this.functionId = functionId;
        this.apis = apis;
    }

    FunctionEventsReader read(Map<String, Object> events) {
        events.forEach((name, definition) -> {
            String where = "Resources." + functionId + ".Properties.Events." + name;
            Map<String, Object> event = asMap(definition, where);
            Map<String, Object> properties = asMap(event.get("Properties"), where + ".Properties");
            String type = text(event.get("Type"), where + ".Type").orElse("");
            switch (type) {
                case "HttpApi" -> routes.add(route(name, properties, where));
                case "SQS" -> queues.add(queue(name, properties, where));
                case "Schedule", "ScheduleV2" -> schedules.add(schedule(name, type, properties, where));
                case "S3" -> buckets.add(bucket(name, properties, where));
                default -> { } // API (REST), SNS, DynamoDB streams...: not emulated locally yet
            }
        });
        return this;
    }

    private HttpRoute route(String name, Map<String, Object> properties, String where) {
        Optional<String> path = text(properties.get("Path"), where + ".Path");
        Optional<String> method = text(properties.get("Method"), where + ".Method");
        String apiId = apiLogicalId(properties.get("ApiId"));
        Object authorizer = asMap(properties.get("Auth"), where + ".Auth").get("Authorizer");
        Optional<String> effectiveAuthorizer;
        if (Values.isLiteral(authorizer, "NONE")) {
            effectiveAuthorizer = Optional.empty();
        } else if (authorizer != null) {
            effectiveAuthorizer = text(authorizer, where + ".Auth.Authorizer");
        } else {
            HttpApiConfig api = apis.get(apiId);
            effectiveAuthorizer = api == null ? Optional.empty() : api.defaultAuthorizer();
        }
        if (path.isEmpty() && method.isEmpty()) {
            return new HttpRoute(name, "ANY", HttpRoute.CATCH_ALL, Optional.of(apiId), effectiveAuthorizer);
        }
        return new HttpRoute(name, method.orElse("ANY").toUpperCase(Locale.ROOT),
                path.orElseThrow(() -> new IllegalArgumentException(where + " has a Method but no Path")),
                Optional.of(apiId), effectiveAuthorizer);
    }

    private static String apiLogicalId(Object apiId) {
        if (apiId == null) {
            return HttpApiReader.IMPLICIT_API;
        }
        if (apiId instanceof Map<?, ?> ref && ref.get("Ref") instanceof String logicalId) {
            return logicalId;
        }
        return String.valueOf(apiId);
    }

    private static SqsEventSource queue(String name, Map<String, Object> properties, String where) {
        return new SqsEventSource(name, properties.get("Queue"),
                integer(properties.get("BatchSize"), where + ".BatchSize").orElse(10),
                integer(properties.get("MaximumBatchingWindowInSeconds"), where).orElse(0),
                HttpApiReader.strings(properties.get("FunctionResponseTypes"), where + ".FunctionResponseTypes"),
                bool(properties.get("Enabled"), where + ".Enabled").orElse(true));
    }

    private static ScheduleEventSource schedule(String name, String type, Map<String, Object> properties,
            String where) {
        boolean v2 = type.equals("ScheduleV2");
        String expressionKey = v2 ? "ScheduleExpression" : "Schedule";
        String expression = text(properties.get(expressionKey), where + "." + expressionKey)
                .orElseThrow(() -> new IllegalArgumentException(where + " has no " + expressionKey));
        boolean enabled = v2
                ? !Values.isLiteral(properties.get("State"), "DISABLED")
                : bool(properties.get("Enabled"), where + ".Enabled").orElse(
                        !Values.isLiteral(properties.get("State"), "DISABLED"));
        return new ScheduleEventSource(name, type, expression,
                text(properties.get("ScheduleExpressionTimezone"), where + ".ScheduleExpressionTimezone"),
                Optional.ofNullable(properties.get("Input")), enabled);
    }

    private static S3EventSource bucket(String name, Map<String, Object> properties, String where) {
        Optional<String> prefix = Optional.empty();
        Optional<String> suffix = Optional.empty();
        Map<String, Object> key = asMap(asMap(properties.get("Filter"), where + ".Filter").get("S3Key"), where);
        for (Object rule : Values.asListOrSingle(key.get("Rules"))) {
            Map<String, Object> filter = asMap(rule, where + ".Filter.S3Key.Rules");
            String ruleName = text(filter.get("Name"), where + ".Filter.S3Key.Rules.Name").orElse("")
                    .toLowerCase(Locale.ROOT);
            Optional<String> value = text(filter.get("Value"), where + ".Filter.S3Key.Rules.Value");
            if (ruleName.equals("prefix")) {
                prefix = value;
            } else if (ruleName.equals("suffix")) {
                suffix = value;
            }
        }
        return new S3EventSource(name, properties.get("Bucket"),
                HttpApiReader.strings(properties.get("Events"), where + ".Events"), prefix, suffix);
    }
}
