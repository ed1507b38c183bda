package cloud.citizen.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

import cloud.citizen.emulator.backend.SecretsManagerServer;
import cloud.citizen.emulator.template.IntrinsicResolver;
import cloud.citizen.emulator.template.SamFunction;
import cloud.citizen.emulator.template.SamTemplate;

/**
 * The template's stack, locally: emulators started, resources provisioned, secrets generated,
 * parameters set for local use. What the test resource and the local platform runner both need.
 * <p>
 * Local parameter values: {@code AccessTokenJwks} = the public JWK set of {@link LocalSecrets},
 * {@code TokenIssuer} = {@value #LOCAL_TOKEN_ISSUER}; any override given here wins over both.
 */
public final class EmulatedStack implements AutoCloseable {

    public static final String LOCAL_TOKEN_ISSUER = "http://localhost:3000";

    private final SamTemplate template;
    private final EmulatedAws aws;
    private final LocalSecrets secrets;
    private final Map<String, String> parameterOverrides;
    private final ProvisionedResources resources;
    private final SecretsManagerServer secretsManager;

    private EmulatedStack(SamTemplate template, EmulatedAws aws, LocalSecrets secrets,
            Map<String, String> parameterOverrides) {
        this.template = template;
        this.aws = aws;
        this.secrets = secrets;
        this.parameterOverrides = Map.copyOf(parameterOverrides);
        this.resources = new Provisioner(template, aws, this.parameterOverrides, secrets).provision();
        // the functions read their secrets at init (template: <NAME>_SECRET = the secret's id)
        this.secretsManager = SecretsManagerServer.start(secrets);
    }

    /** Starts emulators for the repository's template.yaml and provisions them. */
    public static EmulatedStack start(EmulatorOptions options, Map<String, String> parameterOverrides) {
        SamTemplate template = SamTemplate.load(RepositoryRoot.template(options.repositoryRoot()));
        LocalSecrets secrets = options.dataDirectory().map(LocalSecrets::persistentIn)
                .orElseGet(LocalSecrets::inMemory);
        EmulatedAws aws = EmulatedAws.start(options);
        try {
            return on(template, aws, secrets, parameterOverrides);
        } catch (RuntimeException e) {
            aws.close();
            throw e;
        }
    }

    /** Provisions {@code template} into emulators that are already running. */
    public static EmulatedStack on(SamTemplate template, EmulatedAws aws, LocalSecrets secrets,
            Map<String, String> parameterOverrides) {
        Map<String, String> parameters = new LinkedHashMap<>(localParameters(secrets));
        parameters.putAll(parameterOverrides);
        return new EmulatedStack(template, aws, secrets, parameters);
    }

    /** The parameter values that make the template work on one machine. */
    public static Map<String, String> localParameters(LocalSecrets secrets) {
        return Map.of("AccessTokenJwks", secrets.publicJwkSetJson(), "TokenIssuer", LOCAL_TOKEN_ISSUER);
    }

    public SamTemplate template() {
        return template;
    }

    public EmulatedAws aws() {
        return aws;
    }

    /** The emulators' endpoints plus this stack's Secrets Manager. */
    public AwsEndpoints endpoints() {
        return aws.endpoints().withSecretsManager(secretsManager.endpoint());
    }

    /** A secret's value as a function reads it from a {@code <NAME>_SECRET} reference ({@code id} or {@code id#field}). */
    public String secretValue(String reference) {
        int separator = reference.indexOf('#');
        return separator < 0 ? secrets.secretString(reference)
                : secrets.secretField(reference.substring(0, separator), reference.substring(separator + 1));
    }

    public LocalSecrets secrets() {
        return secrets;
    }

    public ProvisionedResources resources() {
        return resources;
    }

    /** Resolves template values against this stack (parameters in force, resources, secrets). */
    public IntrinsicResolver resolver() {
        return new IntrinsicResolver(template, parameterOverrides, resources, secrets);
    }

    public Map<String, String> parameterValues() {
        return resolver().parameterValues();
    }

    /** The resolved environment of a function, as Lambda would pass it. */
    public Map<String, String> environmentOf(SamFunction function) {
        return new FunctionEnvironment(resolver(), endpoints()).of(function);
    }

    public Map<String, String> environmentOf(String functionLogicalId) {
        return environmentOf(template.function(functionLogicalId));
    }

    /**
     * The environment with extra parameter overrides (e.g. {@code SmsGateway=log} for one test
     * class). They change resolved values only; the resources stay as provisioned.
     */
    public Map<String, String> environmentOf(SamFunction function, Map<String, String> extraOverrides) {
        Map<String, String> parameters = new LinkedHashMap<>(parameterOverrides);
        parameters.putAll(extraOverrides);
        return new FunctionEnvironment(new IntrinsicResolver(template, parameters, resources, secrets),
                endpoints()).of(function);
    }

    @Override
    public void close() {
        secretsManager.close();
        aws.close();
    }
}
