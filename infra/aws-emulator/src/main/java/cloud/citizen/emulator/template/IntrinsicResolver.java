package cloud.citizen.emulator.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves template values the way CloudFormation would for the local stack: {@code Ref} and
 * {@code Fn::GetAtt} against the provisioned resources, parameters (defaults plus overrides),
 * pseudo parameters, the other intrinsic functions, conditions, and secrets behind dynamic
 * references. Values it cannot know locally fail with {@link UnresolvableValueException}.
 */
public final class IntrinsicResolver {

    public static final String REGION = "us-east-1";
    public static final String ACCOUNT_ID = "000000000000";
    public static final String STACK_NAME = "citizen-cloud-local";
    public static final Map<String, String> PSEUDO_PARAMETERS = Map.of(
            "AWS::Region", REGION,
            "AWS::AccountId", ACCOUNT_ID,
            "AWS::StackName", STACK_NAME,
            "AWS::StackId", "arn:aws:cloudformation:" + REGION + ":" + ACCOUNT_ID + ":stack/" + STACK_NAME + "/local",
            "AWS::Partition", "aws",
            "AWS::URLSuffix", "amazonaws.com");

    /** What {@code !Ref AWS::NoValue} evaluates to: removed from the enclosing map or list. */
    private static final Object NO_VALUE = new Object();
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    private final SamTemplate template;
    private final Map<String, String> parameters;
    private final ResourceLookup resources;
    private final SecretSource secrets;
    private final Map<String, Boolean> conditionCache = new HashMap<>();
    private final Set<String> conditionsInProgress = new HashSet<>();

    public IntrinsicResolver(SamTemplate template, Map<String, String> parameterOverrides, ResourceLookup resources,
            SecretSource secrets) {
        this.template = template;
        this.resources = resources;
        this.secrets = secrets;
        Map<String, String> values = new LinkedHashMap<>();
        template.parameters().values().forEach(p -> p.defaultValue().ifPresent(v -> values.put(p.name(), v)));
        values.putAll(parameterOverrides);
        this.parameters = Map.copyOf(values);
    }

    /** The parameter values in force: template defaults overridden by the local overrides. */
    public Map<String, String> parameterValues() {
        return parameters;
    }

    /** Resolves a value deeply: maps and lists are resolved element by element. */
    public Object resolve(Object value) {
        Object resolved = resolveOrNoValue(value);
        return resolved == NO_VALUE ? null : resolved;
    }

    public String resolveString(Object value) {
        Object resolved = resolve(value);
        if (resolved instanceof Map<?, ?> || resolved instanceof List<?>) {
            throw new UnresolvableValueException("expected a single value, got: " + resolved);
        }
        return resolved == null ? null : String.valueOf(resolved);
    }

    /** Evaluates a named entry of the template's {@code Conditions}. */
    public boolean condition(String name) {
        Boolean cached = conditionCache.get(name);
        if (cached != null) {
            return cached;
        }
        if (!template.conditions().containsKey(name)) {
            throw new UnresolvableValueException("unknown condition " + name);
        }
        if (!conditionsInProgress.add(name)) {
            throw new UnresolvableValueException("condition " + name + " refers to itself");
        }
        try {
            boolean result = bool(template.conditions().get(name));
            conditionCache.put(name, result);
            return result;
        } finally {
            conditionsInProgress.remove(name);
        }
    }

    private Object resolveOrNoValue(Object value) {
        if (value instanceof String text) {
            return DynamicReferences.replaceIn(text, secrets);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                Object resolved = resolveOrNoValue(item);
                if (resolved != NO_VALUE) {
                    out.add(resolved);
                }
            }
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1 && isFunctionName(String.valueOf(map.keySet().iterator().next()))) {
                Map.Entry<?, ?> call = map.entrySet().iterator().next();
                return function(String.valueOf(call.getKey()), call.getValue());
            }
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((key, item) -> {
                Object resolved = resolveOrNoValue(item);
                if (resolved != NO_VALUE) {
                    out.put(String.valueOf(key), resolved);
                }
            });
            return out;
        }
        return value;
    }

    private static boolean isFunctionName(String key) {
        return key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::");
    }

    private Object function(String name, Object argument) {
        return switch (name) {
            case "Ref" -> ref(resolveString(argument));
            case "Condition" -> condition(resolveString(argument));
            case "Fn::GetAtt" -> getAtt(argument);
            case "Fn::Sub" -> sub(argument);
            case "Fn::Join" -> join(arguments(name, argument, 2));
            case "Fn::Select" -> select(arguments(name, argument, 2));
            case "Fn::Split" -> split(arguments(name, argument, 2));
            case "Fn::If" -> choose(arguments(name, argument, 3));
            case "Fn::Equals" -> equalsFunction(arguments(name, argument, 2));
            case "Fn::Not" -> !bool(arguments(name, argument, 1).get(0));
            case "Fn::And" -> list(name, argument).stream().allMatch(this::bool);
            case "Fn::Or" -> list(name, argument).stream().anyMatch(this::bool);
            case "Fn::FindInMap" -> findInMap(arguments(name, argument, 3));
            case "Fn::Base64" -> Base64.getEncoder().encodeToString(
                    resolveString(argument).getBytes(StandardCharsets.UTF_8));
            case "Fn::GetAZs" -> List.of(REGION + "a", REGION + "b", REGION + "c");
            case "Fn::Length" -> list(name, resolve(argument)).size();
            case "Fn::ImportValue" -> throw new UnresolvableValueException(
                    "Fn::ImportValue " + resolve(argument) + ": other stacks' exports do not exist locally");
            default -> throw new UnresolvableValueException("unsupported intrinsic function " + name);
        };
    }

    private Object ref(String name) {
        if (name.equals("AWS::NoValue")) {
            return NO_VALUE;
        }
        String pseudo = PSEUDO_PARAMETERS.get(name);
        if (pseudo != null) {
            return pseudo;
        }
        if (template.parameters().containsKey(name) || parameters.containsKey(name)) {
            return parameter(name);
        }
        return resources.ref(name).orElseThrow(() -> notLocal(name, "Ref"));
    }

    private Object parameter(String name) {
        String value = parameters.get(name);
        if (value == null) {
            throw new UnresolvableValueException("parameter " + name + " has no default and no local override");
        }
        String type = Optional.ofNullable(template.parameters().get(name)).map(TemplateParameter::type).orElse("");
        if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
            return List.of(value.split("\\s*,\\s*", -1));
        }
        return value;
    }

    private String getAtt(Object argument) {
        List<Object> parts = argument instanceof String dotted ? List.of(dotted.split("\\.", 2))
                : arguments("Fn::GetAtt", argument, 2);
        String logicalId = resolveString(parts.get(0));
        String attribute = resolveString(parts.get(1));
        return resources.attribute(logicalId, attribute).orElseThrow(
                () -> notLocal(logicalId + "." + attribute, "Fn::GetAtt"));
    }

    private UnresolvableValueException notLocal(String what, String function) {
        String logicalId = what.contains(".") ? what.substring(0, what.indexOf('.')) : what;
        String reason = template.resource(logicalId)
                .map(resource -> "resource " + logicalId + " (" + resource.type() + ") is not emulated locally")
                .orElse("no parameter or resource " + logicalId + " in the template");
        return new UnresolvableValueException(function + " " + what + ": " + reason);
    }

    private String sub(Object argument) {
        String text;
        Map<String, Object> variables = Map.of();
        if (argument instanceof List<?> list) {
            List<Object> parts = arguments("Fn::Sub", list, 2);
            text = String.valueOf(parts.get(0));
            variables = Values.asMap(parts.get(1), "Fn::Sub variables");
        } else {
            text = String.valueOf(argument);
        }
        Matcher matcher = SUB_VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(1);
            String replacement;
            if (variable.startsWith("!")) {
                replacement = "${" + variable.substring(1) + "}"; // ${!Literal} escapes substitution
            } else if (variables.containsKey(variable)) {
                replacement = resolveString(variables.get(variable));
            } else if (variable.contains(".") && !variable.startsWith("AWS::")) {
                replacement = getAtt(variable);
            } else {
                replacement = String.valueOf(ref(variable));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return DynamicReferences.replaceIn(out.toString(), secrets);
    }

    private String join(List<Object> args) {
        String delimiter = resolveString(args.get(0));
        List<String> parts = list("Fn::Join", resolve(args.get(1))).stream().map(String::valueOf).toList();
        return String.join(delimiter, parts);
    }

    private Object select(List<Object> args) {
        int index = Integer.parseInt(resolveString(args.get(0)).trim());
        List<Object> items = list("Fn::Select", resolve(args.get(1)));
        if (index < 0 || index >= items.size()) {
            throw new UnresolvableValueException("Fn::Select index " + index + " out of " + items);
        }
        return items.get(index);
    }

    private List<String> split(List<Object> args) {
        return List.of(resolveString(args.get(1)).split(Pattern.quote(resolveString(args.get(0))), -1));
    }

    private Object choose(List<Object> args) {
        return resolveOrNoValue(condition(resolveString(args.get(0))) ? args.get(1) : args.get(2));
    }

    private boolean equalsFunction(List<Object> args) {
        return String.valueOf(resolve(args.get(0))).equals(String.valueOf(resolve(args.get(1))));
    }

    private Object findInMap(List<Object> args) {
        String mapName = resolveString(args.get(0));
        Map<String, Object> top = Values.asMap(template.mappings().get(mapName), "Mappings." + mapName);
        String topKey = resolveString(args.get(1));
        Map<String, Object> second = Values.asMap(top.get(topKey), "Mappings." + mapName + "." + topKey);
        String secondKey = resolveString(args.get(2));
        if (!second.containsKey(secondKey)) {
            throw new UnresolvableValueException("Fn::FindInMap: no " + mapName + "." + topKey + "." + secondKey);
        }
        return resolve(second.get(secondKey));
    }

    private boolean bool(Object value) {
        Object resolved = resolve(value);
        if (resolved instanceof Boolean b) {
            return b;
        }
        return Boolean.parseBoolean(String.valueOf(resolved));
    }

    private static List<Object> list(String function, Object value) {
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        throw new UnresolvableValueException(function + " needs a list, got: " + value);
    }

    private static List<Object> arguments(String function, Object value, int count) {
        List<Object> args = list(function, value);
        if (args.size() != count) {
            throw new UnresolvableValueException(function + " needs " + count + " arguments, got: " + value);
        }
        return args;
    }
}
