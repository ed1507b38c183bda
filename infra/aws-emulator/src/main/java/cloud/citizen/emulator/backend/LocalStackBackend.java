package cloud.citizen.emulator.backend;

import java.net.URI;
import java.util.ServiceConfigurationError;
import java.util.function.Supplier;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

import cloud.citizen.emulator.AwsEndpoints;

/**
 * DynamoDB, SQS and S3 from LocalStack in Docker, for machines that have Docker. The image is
 * pinned: newer {@code latest} images need an auth token.
 */
public final class LocalStackBackend implements AwsBackend {

    public static final String IMAGE = "localstack/localstack:3.8";

    private final LocalStackContainer container;

    private LocalStackBackend(LocalStackContainer container) {
        this.container = container;
    }

    public static boolean dockerAvailable() {
        try {
            return withTestcontainersClassLoader(() -> DockerClientFactory.instance().isDockerAvailable());
        } catch (RuntimeException | ServiceConfigurationError e) {
            return false;
        }
    }

    public static LocalStackBackend start() {
        return withTestcontainersClassLoader(() -> {
            LocalStackContainer container = new LocalStackContainer(DockerImageName.parse(IMAGE))
                    .withServices("dynamodb", "sqs", "s3");
            container.start();
            return new LocalStackBackend(container);
        });
    }

    @Override
    public AwsEndpoints endpoints() {
        URI endpoint = container.getEndpoint();
        return new AwsEndpoints(endpoint, endpoint, endpoint);
    }

    @Override
    public void close() {
        container.stop();
    }

    /**
     * Testcontainers finds its Docker strategies with ServiceLoader on the context class loader;
     * inside a Quarkus test that is Quarkus' loader, which sees other copies of those classes
     * ("not a subtype"). Looking them up where Testcontainers itself was loaded avoids that.
     */
    private static <T> T withTestcontainersClassLoader(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(DockerClientFactory.class.getClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
