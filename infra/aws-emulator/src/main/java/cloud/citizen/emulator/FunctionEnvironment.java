package cloud.citizen.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

import cloud.citizen.emulator.template.IntrinsicResolver;
import cloud.citizen.emulator.template.SamFunction;

/**
 * The environment a function gets, as Lambda would give it: the template's variables (Globals
 * merged with the function's) resolved against the local stack, plus region, credentials and the
 * emulator endpoints ({@code CITIZEN_AWS_*_ENDPOINT}, read by the functions' AWS client producer).
 */
public final class FunctionEnvironment {

    private final IntrinsicResolver resolver;
    private final AwsEndpoints endpoints;

    public FunctionEnvironment(IntrinsicResolver resolver, AwsEndpoints endpoints) {
        this.resolver = resolver;
        this.endpoints = endpoints;
    }

    public Map<String, String> of(SamFunction function) {
        Map<String, String> environment = new LinkedHashMap<>();
        function.environment().forEach((name, value) -> {
            String resolved = resolver.resolveString(value);
            if (resolved != null) { // !Ref AWS::NoValue removes the variable
                environment.put(name, resolved);
            }
        });
        environment.putAll(awsVariables(endpoints));
        return environment;
    }

    /** What every local function gets regardless of the template: Lambda's reserved variables and the endpoints. */
    public static Map<String, String> awsVariables(AwsEndpoints endpoints) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("AWS_REGION", IntrinsicResolver.REGION);
        variables.put("AWS_DEFAULT_REGION", IntrinsicResolver.REGION);
        variables.put("AWS_ACCESS_KEY_ID", AwsClientFactory.ACCESS_KEY);
        variables.put("AWS_SECRET_ACCESS_KEY", AwsClientFactory.SECRET_KEY);
        variables.putAll(endpoints.asVariables());
        return variables;
    }
}
