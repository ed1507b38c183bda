package cloud.citizen.platform.secrets;

import java.net.URI;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.nimbusds.jose.util.JSONObjectUtils;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;

/**
 * Reads secrets from Secrets Manager, once per function instance. template.yaml hands a function
 * only the secret's name, in a variable {@code <NAME>_SECRET} (see {@link Environment#secret}):
 * {@code citizen-cloud/cursor-key} for a plain-text secret, {@code citizen-cloud/accounts#signingKey}
 * for one field of a JSON secret. The value never appears in the function's configuration, so
 * reading that configuration forges nothing; the role may call {@code secretsmanager:GetSecretValue}
 * on exactly the secrets the template names for it.
 * <p>
 * Values are cached for the life of the instance (a JVM, or a SnapStart snapshot of one): rotate
 * by publishing a new version of the function. Locally {@code CITIZEN_AWS_SECRETSMANAGER_ENDPOINT}
 * points the client at the emulated stack's Secrets Manager.
 */
public final class Secrets {
    /** '#' cannot occur in a secret name or ARN, so it separates the id from the JSON field unambiguously. */
    static final char FIELD_SEPARATOR = '#';

    /** secret id → SecretString; per class loader, which is per instance in Lambda and per application in tests */
    private static final ConcurrentMap<String, String> SECRET_STRINGS = new ConcurrentHashMap<>();

    private final Region region;
    private final Optional<URI> endpoint;

    private Secrets(Region region, Optional<URI> endpoint) {
        this.region = region;
        this.endpoint = endpoint;
    }

    public static Secrets from(Environment environment) {
        AwsClients clients = AwsClients.from(environment);
        return new Secrets(clients.region(), clients.endpoint("secretsmanager"));
    }

    /**
     * The value a reference names: the whole {@code SecretString}, or one field of it ({@code id#field}).
     *
     * @throws IllegalStateException when the JSON secret has no such field, so init fails with a clear message
     */
    public String value(String reference) {
        int separator = reference.indexOf(FIELD_SEPARATOR);
        String secretId = separator < 0 ? reference : reference.substring(0, separator);
        String secretString = SECRET_STRINGS.computeIfAbsent(secretId, this::fetch);
        return separator < 0 ? secretString : field(secretId, secretString, reference.substring(separator + 1));
    }

    private String fetch(String secretId) {
        var builder = SecretsManagerClient.builder().httpClient(UrlConnectionHttpClient.create()).region(region)
                .credentialsProvider(AwsClients.credentials(endpoint));
        endpoint.ifPresent(builder::endpointOverride);
        // one call per secret per instance: the client is not kept once the values are in the cache
        try (SecretsManagerClient client = builder.build()) {
            return client.getSecretValue(request -> request.secretId(secretId)).secretString();
        }
    }

    private static String field(String secretId, String secretString, String field) {
        try {
            Map<String, Object> json = JSONObjectUtils.parse(secretString);
            Object value = json.get(field);
            if (value == null) {
                throw new IllegalStateException("secret " + secretId + " has no field " + field);
            }
            return String.valueOf(value);
        } catch (ParseException e) {
            throw new IllegalStateException("secret " + secretId + " is not a JSON object, cannot read field " + field);
        }
    }

    /** For tests that change a secret's value within one JVM. */
    static void forgetCachedValues() {
        SECRET_STRINGS.clear();
    }
}
