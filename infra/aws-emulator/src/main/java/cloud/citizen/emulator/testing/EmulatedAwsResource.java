package cloud.citizen.emulator.testing;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import io.quarkus.test.common.QuarkusTestResourceConfigurableLifecycleManager;

import cloud.citizen.emulator.AwsClientFactory;
import cloud.citizen.emulator.AwsEndpoints;
import cloud.citizen.emulator.EmulatedAws;
import cloud.citizen.emulator.EmulatedStack;
import cloud.citizen.emulator.FunctionEnvironment;
import cloud.citizen.emulator.LocalSecrets;
import cloud.citizen.emulator.ProvisionedResources;
import cloud.citizen.emulator.RepositoryRoot;
import cloud.citizen.emulator.template.IntrinsicResolver;
import cloud.citizen.emulator.template.SamFunction;

/**
 * Quarkus test resource: emulated DynamoDB, SQS and S3 provisioned from template.yaml, and the
 * function under test configured as Lambda would configure it.
 * <h2>Use</h2>
 * <pre>
 * &#64;QuarkusTest
 * &#64;EmulatedAwsTest                                   // or: &#64;WithTestResource(EmulatedAwsResource.class)
 * class RegisterTest {
 *     String token = TestTokens.forFunctionUnderTest().citizen("user-1");
 *     String queueUrl = EmulatedAwsResource.resources().queueUrl("NotificationsQueue");
 * }
 * </pre>
 * Put it on every {@code @QuarkusTest} class of the module: classes with the same annotation values
 * share one running application (scope MATCHING_RESOURCES); a class without it, or with other
 * values, makes Quarkus restart. The emulators themselves start once per test JVM (about 2 s) and
 * stay up until it exits, whatever Quarkus restarts; tests share the tables, so use fresh ids.
 * <h2>What the application gets</h2>
 * Every variable of the function's resolved environment under its own name (ACCOUNTS_TABLE,
 * ACCESS_TOKEN_SIGNING_KEY, TOKEN_ISSUER, CITIZEN_AWS_DYNAMODB_ENDPOINT, ...), which
 * application.properties expands ({@code citizen.accounts.table=${ACCOUNTS_TABLE}}); the endpoints
 * and region also as {@code citizen.aws.*}; {@code quarkus.lambda.mock-event-server.test-port=0}
 * when the Lambda extension is present (an ephemeral port instead of 8081).
 * The SDK system properties {@code aws.accessKeyId}, {@code aws.secretAccessKey} and
 * {@code aws.region} are set (if unset) so that default credential chains work too.
 * <p>
 * The function is the one whose CodeUri lies in the test's module directory (the working
 * directory relative to the repository root); {@code @EmulatedAwsTest(function = "...")} or init
 * arg {@code function} names it explicitly. Other init args / {@code parameters} entries override
 * template parameters for the environment.
 */
public class EmulatedAwsResource implements QuarkusTestResourceConfigurableLifecycleManager<EmulatedAwsTest> {

    private static final Logger LOG = Logger.getLogger(EmulatedAwsResource.class.getName());
    private static final String FUNCTION_ARG = "function";
    /** Without the Lambda extension the port setting would send RestAssured to port 0. */
    private static final String LAMBDA_MOCK_EVENT_SERVER = "io.quarkus.amazon.lambda.runtime.MockEventServer";

    private static volatile Optional<SamFunction> functionUnderTest = Optional.empty();
    private static volatile Map<String, String> environment = Map.of();

    private Optional<String> functionLogicalId = Optional.empty();
    private final Map<String, String> parameterOverrides = new LinkedHashMap<>();

    @Override
    public void init(EmulatedAwsTest annotation) {
        functionLogicalId = Optional.of(annotation.function()).filter(id -> !id.isBlank());
        Arrays.stream(annotation.parameters()).forEach(this::addOverride);
    }

    @Override
    public void init(Map<String, String> initArgs) {
        initArgs.forEach((name, value) -> {
            if (name.equals(FUNCTION_ARG)) {
                functionLogicalId = Optional.of(value);
            } else {
                parameterOverrides.put(name, value);
            }
        });
    }

    @Override
    public Map<String, String> start() {
        EmulatedStack stack = SharedEmulatedStack.get();
        Optional<SamFunction> function = functionLogicalId.map(stack.template()::function)
                .or(() -> stack.template().functionInModule(moduleDirectory()));
        AwsEndpoints endpoints = stack.endpoints();
        Map<String, String> variables = function.map(f -> stack.environmentOf(f, parameterOverrides))
                .orElseGet(() -> FunctionEnvironment.awsVariables(endpoints));
        if (function.isEmpty()) {
            LOG.warning(() -> "no function in template.yaml has its CodeUri in " + moduleDirectory()
                    + ": only the AWS endpoints are configured");
        }
        functionUnderTest = function;
        environment = Map.copyOf(variables);
        useLocalCredentialsForSdkDefaults();
        Map<String, String> config = new LinkedHashMap<>(variables);
        config.put("citizen.aws.region", IntrinsicResolver.REGION);
        config.put("citizen.aws.dynamodb.endpoint", endpoints.dynamoDb().toString());
        config.put("citizen.aws.sqs.endpoint", endpoints.sqs().toString());
        config.put("citizen.aws.s3.endpoint", endpoints.s3().toString());
        if (onClasspath(LAMBDA_MOCK_EVENT_SERVER)) {
            config.put("quarkus.lambda.mock-event-server.test-port", "0");
        }
        return config;
    }

    /** Nothing to stop: the emulators are shared by every test class of this JVM and stop when it exits. */
    @Override
    public void stop() {
    }

    /** The running stack: template, emulators, provisioned resources, secrets. */
    public static EmulatedStack stack() {
        return SharedEmulatedStack.get();
    }

    /** The emulators and their SDK clients. */
    public static EmulatedAws aws() {
        return stack().aws();
    }

    /** Tables, queues and buckets by logical id, e.g. {@code resources().queueUrl("NotificationsQueue")}. */
    public static ProvisionedResources resources() {
        return stack().resources();
    }

    public static LocalSecrets secrets() {
        return stack().secrets();
    }

    /**
     * The value of a secret the function under test reads at init, by variable name without the
     * {@code _SECRET} suffix, e.g. {@code secret("CURSOR_KEY")}: what the function sees, for tests
     * that sign or check with the same key.
     */
    public static String secret(String name) {
        String reference = environment().get(name + "_SECRET");
        if (reference == null) {
            throw new IllegalStateException(function().logicalId() + " is given no secret " + name + "_SECRET");
        }
        return stack().secretValue(reference);
    }

    /** The function under test, as found when the resource started. */
    public static SamFunction function() {
        return functionUnderTest.orElseThrow(() -> new IllegalStateException(
                "no function under test: is the test annotated with @EmulatedAwsTest, and is its module a function?"));
    }

    /** The resolved environment given to the function under test. */
    public static Map<String, String> environment() {
        if (environment.isEmpty()) {
            throw new IllegalStateException("EmulatedAwsResource has not started: annotate the test with @EmulatedAwsTest");
        }
        return environment;
    }

    /** The test's module relative to the repository root, e.g. {@code functions/accounts}. */
    static String moduleDirectory() {
        Path root = RepositoryRoot.locate();
        Path workingDir = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        return workingDir.startsWith(root) ? root.relativize(workingDir).toString().replace('\\', '/') : "";
    }

    private void addOverride(String assignment) {
        int equals = assignment.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("@EmulatedAwsTest parameters need Name=value, got: " + assignment);
        }
        parameterOverrides.put(assignment.substring(0, equals), assignment.substring(equals + 1));
    }

    private static boolean onClasspath(String className) {
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(EmulatedAwsResource.class.getClassLoader());
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }

    /** Code that builds SDK clients with the default chains (not the platform producer) finds test/test too. */
    private static void useLocalCredentialsForSdkDefaults() {
        setIfAbsent("aws.accessKeyId", AwsClientFactory.ACCESS_KEY);
        setIfAbsent("aws.secretAccessKey", AwsClientFactory.SECRET_KEY);
        setIfAbsent("aws.region", IntrinsicResolver.REGION);
    }

    private static void setIfAbsent(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}
