package cloud.citizen.platform.aws;

import java.net.URI;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.config.Lazy;

/**
 * The SDK clients of one function instance, each built on first use and then shared. The
 * URL-connection HTTP client and explicit region and credentials keep cold start short (no
 * provider-chain probing); {@link BufferedRequestBody} saves the JDK's 1 ms connection probe per call; an endpoint override ({@code CITIZEN_AWS_<SERVICE>_ENDPOINT}) points a
 * client at the local emulators. Every {@code <Cap>Components} takes one of these, whether CDI
 * made it ({@link AwsClientsProducer}) or a queue handler did ({@link #from(Environment)}).
 * S3 clients live in {@link S3Clients}: the s3 jar is optional, only functions that use S3 carry it.
 */
public final class AwsClients {
    private final Region region;
    private final Environment environment;
    private final Lazy<DynamoDbClient> dynamoDb;
    private final Lazy<SqsClient> sqs;

    private AwsClients(Environment environment) {
        this.environment = environment;
        this.region = Region.of(environment.optional("AWS_REGION").orElse("us-east-1"));
        this.dynamoDb = Lazy.of(() -> dynamoDb(region, endpoint("dynamodb")));
        this.sqs = Lazy.of(() -> sqs(region, endpoint("sqs")));
    }

    /** Region from {@code AWS_REGION} (set by Lambda), endpoints from {@code CITIZEN_AWS_*_ENDPOINT} (set locally). */
    public static AwsClients from(Environment environment) {
        return new AwsClients(environment);
    }

    public Region region() {
        return region;
    }

    /** The emulator endpoint for a service ("dynamodb", "sqs", "s3"), empty on AWS. */
    public Optional<URI> endpoint(String service) {
        return environment.optional("CITIZEN_AWS_" + service.toUpperCase() + "_ENDPOINT").map(URI::create);
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb.get();
    }

    public SqsClient sqs() {
        return sqs.get();
    }

    public static DynamoDbClient dynamoDb(Region region, Optional<URI> endpoint) {
        var builder = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).region(region)
                .credentialsProvider(credentials(endpoint))
                .overrideConfiguration(o -> o.addExecutionInterceptor(new BufferedRequestBody()));
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public static SqsClient sqs(Region region, Optional<URI> endpoint) {
        var builder = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).region(region)
                .credentialsProvider(credentials(endpoint))
                .overrideConfiguration(o -> o.addExecutionInterceptor(new BufferedRequestBody()));
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** Emulators accept any key; in Lambda the role's credentials are in the environment. */
    public static AwsCredentialsProvider credentials(Optional<URI> endpoint) {
        if (endpoint.isPresent() && System.getenv("AWS_ACCESS_KEY_ID") == null) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        }
        if (System.getenv("AWS_ACCESS_KEY_ID") != null) {
            return EnvironmentVariableCredentialsProvider.create();
        }
        return DefaultCredentialsProvider.builder().build();
    }

    // ---- kept while the modules move to AwsClients.from(Environment); removed once none calls them

    /** @deprecated use {@code AwsClients.from(Environment.system()).region()} */
    @Deprecated(forRemoval = true)
    public static Region regionFromEnvironment() {
        return from(Environment.system()).region();
    }

    /** @deprecated use {@code AwsClients.from(Environment.system()).endpoint(service)} */
    @Deprecated(forRemoval = true)
    public static Optional<URI> endpointFromEnvironment(String service) {
        return from(Environment.system()).endpoint(service);
    }
}
