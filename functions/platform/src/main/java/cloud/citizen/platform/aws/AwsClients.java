package cloud.citizen.platform.aws;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * SDK clients built once per instance. The URL-connection HTTP client and explicit region and
 * credentials keep cold start short (no provider-chain probing). An endpoint override points a
 * client at the local emulators. The static factories serve queue and schedule handlers, which
 * run without CDI and read the same settings from the environment.
 */
public class AwsClients {
    private final Region region;

    public AwsClients(@ConfigProperty(name = "citizen.aws.region", defaultValue = "us-east-1") String region) {
        this.region = Region.of(region);
    }

    @Produces
    @Singleton
    DynamoDbClient dynamoDbClient(@ConfigProperty(name = "citizen.aws.dynamodb.endpoint") Optional<URI> endpoint) {
        return dynamoDb(region, endpoint);
    }

    @Produces
    @Singleton
    SqsClient sqsClient(@ConfigProperty(name = "citizen.aws.sqs.endpoint") Optional<URI> endpoint) {
        return sqs(region, endpoint);
    }

    public static DynamoDbClient dynamoDb(Region region, Optional<URI> endpoint) {
        var builder = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).region(region)
                .credentialsProvider(credentials(endpoint));
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public static SqsClient sqs(Region region, Optional<URI> endpoint) {
        var builder = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).region(region)
                .credentialsProvider(credentials(endpoint));
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** For handlers without CDI: region and endpoints from the variables template.yaml and the local platform set. */
    public static Region regionFromEnvironment() {
        return Region.of(Optional.ofNullable(System.getenv("AWS_REGION")).orElse("us-east-1"));
    }

    public static Optional<URI> endpointFromEnvironment(String service) {
        return Optional.ofNullable(System.getenv("CITIZEN_AWS_" + service.toUpperCase() + "_ENDPOINT"))
                .filter(value -> !value.isBlank()).map(URI::create);
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
}
