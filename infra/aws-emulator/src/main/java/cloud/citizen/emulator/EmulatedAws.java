package cloud.citizen.emulator;

import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

import cloud.citizen.emulator.backend.AwsBackend;
import cloud.citizen.emulator.backend.EmbeddedBackend;
import cloud.citizen.emulator.backend.LocalStackBackend;

/**
 * Emulated DynamoDB, SQS and S3 on 127.0.0.1, with ready-made SDK clients. Empty: provision it
 * from the template with {@link Provisioner} (or start a whole {@link EmulatedStack}).
 * <p>
 * Closing stops the emulators; a shutdown hook does the same if the JVM exits first, so no
 * dynoxide process outlives its JVM.
 */
public final class EmulatedAws implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmulatedAws.class.getName());

    private final AwsBackend backend;
    private final AwsEndpoints endpoints;
    private final Thread shutdownHook;
    private final Duration startupTime;
    private final DynamoDbClient dynamoDb;
    private final SqsClient sqs;
    private final S3Client s3;
    private final S3Presigner s3Presigner;

    private EmulatedAws(AwsBackend backend, AwsEndpoints endpoints, Duration startupTime) {
        this.backend = backend;
        this.endpoints = endpoints;
        this.startupTime = startupTime;
        this.dynamoDb = AwsClientFactory.dynamoDb(endpoints.dynamoDb());
        this.sqs = AwsClientFactory.sqs(endpoints.sqs());
        this.s3 = AwsClientFactory.s3(endpoints.s3());
        this.s3Presigner = AwsClientFactory.s3Presigner(endpoints.s3());
        if (backend != null) {
            this.shutdownHook = new Thread(backend::close, "emulated-aws-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } else {
            this.shutdownHook = null;
        }
    }

    public static EmulatedAws start(EmulatorOptions options) {
        long started = System.nanoTime();
        AwsBackend backend = switch (options.kind()) {
            case EMBEDDED -> EmbeddedBackend.start(options.repositoryRoot(), options.dataDirectory(),
                    options.logDirectory());
            case LOCALSTACK -> LocalStackBackend.start();
        };
        Duration startupTime = Duration.ofNanos(System.nanoTime() - started);
        AwsEndpoints endpoints = backend.endpoints();
        LOG.info(() -> options.kind() + " AWS emulators up in " + startupTime.toMillis() + " ms: " + endpoints);
        return new EmulatedAws(backend, endpoints, startupTime);
    }

    /** Clients for emulators that someone else started (another class loader, another process); close() only closes clients. */
    public static EmulatedAws connect(AwsEndpoints endpoints) {
        return new EmulatedAws(null, endpoints, Duration.ZERO);
    }

    public AwsEndpoints endpoints() {
        return endpoints;
    }

    /** {@code CITIZEN_AWS_DYNAMODB_ENDPOINT}, {@code CITIZEN_AWS_SQS_ENDPOINT}, {@code CITIZEN_AWS_S3_ENDPOINT}. */
    public Map<String, String> endpointVariables() {
        return endpoints.asVariables();
    }

    /** How long the emulators took to start (zero for {@link #connect}). */
    public Duration startupTime() {
        return startupTime;
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    public SqsClient sqs() {
        return sqs;
    }

    public S3Client s3() {
        return s3;
    }

    public S3Presigner s3Presigner() {
        return s3Presigner;
    }

    @Override
    public void close() {
        dynamoDb.close();
        sqs.close();
        s3.close();
        s3Presigner.close();
        if (backend != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                LOG.log(Level.FINE, "JVM shutting down; the hook stops the emulators", alreadyShuttingDown);
                return;
            }
            backend.close();
        }
    }
}
