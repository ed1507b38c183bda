package cloud.citizen.platform.aws;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import cloud.citizen.platform.config.Lazy;

/**
 * S3 clients for the functions that use S3 (the s3 jar is an optional dependency of the platform,
 * so functions without S3 do not carry it). Path-style addressing works with the emulator and with
 * S3 alike; presigned links are made for the same endpoint the client talks to.
 */
public final class S3Clients {
    private S3Clients() {
    }

    /**
     * The S3 client built on first use: most requests of a function that stores files never touch
     * S3 (a list, a vote), so neither init nor its first request should pay for the client.
     */
    public static Supplier<S3Client> s3OnFirstUse(AwsClients clients) {
        return Lazy.of(() -> s3(clients));
    }

    /** The presigner built on first use, like {@link #s3OnFirstUse}. */
    public static Supplier<S3Presigner> presignerOnFirstUse(AwsClients clients) {
        return Lazy.of(() -> presigner(clients));
    }

    public static S3Client s3(AwsClients clients) {
        return s3(clients.region(), clients.endpoint("s3"));
    }

    public static S3Presigner presigner(AwsClients clients) {
        return presigner(clients.region(), clients.endpoint("s3"));
    }

    public static S3Client s3(Region region, Optional<URI> endpoint) {
        var builder = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(region)
                .credentialsProvider(AwsClients.credentials(endpoint)).forcePathStyle(true);
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public static S3Presigner presigner(Region region, Optional<URI> endpoint) {
        var builder = S3Presigner.builder().region(region).credentialsProvider(AwsClients.credentials(endpoint))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
