package cloud.citizen.emulator.backend;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import cloud.citizen.emulator.AwsEndpoints;

/**
 * dynoxide + ElasticMQ + S3Proxy, started in parallel: the JVM-embedded two are mostly class
 * loading and initialisation, which overlaps well even on two cores.
 */
public final class EmbeddedBackend implements AwsBackend {

    private static final Logger LOG = Logger.getLogger(EmbeddedBackend.class.getName());

    private final DynoxideServer dynamoDb;
    private final ElasticMqServer sqs;
    private final S3ProxyServer s3;

    private EmbeddedBackend(DynoxideServer dynamoDb, ElasticMqServer sqs, S3ProxyServer s3) {
        this.dynamoDb = dynamoDb;
        this.sqs = sqs;
        this.s3 = s3;
    }

    /** @param dataDirectory keeps DynamoDB tables and S3 objects across restarts; empty for in-memory */
    public static EmbeddedBackend start(Path repositoryRoot, Optional<Path> dataDirectory, Path logDirectory) {
        EmulatorLogLevels.quiet();
        Path binary = DynoxideInstall.ensureInstalled(repositoryRoot);
        // ElasticMQ first: it is the slowest (actor system start-up); dynoxide is a few milliseconds
        CompletableFuture<ElasticMqServer> sqs = inOwnThread("sqs", ElasticMqServer::start);
        CompletableFuture<S3ProxyServer> s3 = inOwnThread("s3",
                () -> S3ProxyServer.start(dataDirectory.map(dir -> dir.resolve("s3"))));
        CompletableFuture<DynoxideServer> dynamoDb = inOwnThread("dynamodb", () -> DynoxideServer.start(binary,
                dataDirectory.map(dir -> dir.resolve("dynamodb.sqlite")), logDirectory.resolve("dynoxide.log")));
        try {
            return new EmbeddedBackend(dynamoDb.join(), sqs.join(), s3.join());
        } catch (CompletionException e) {
            closeStarted(dynamoDb);
            closeStarted(sqs);
            closeStarted(s3);
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Not the common pool: on a 2-core machine it has a single thread and would start them one by one. */
    private static <T> CompletableFuture<T> inOwnThread(String name, Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(task.get());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        }, "start-emulated-" + name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    @Override
    public AwsEndpoints endpoints() {
        return new AwsEndpoints(dynamoDb.endpoint(), sqs.endpoint(), s3.endpoint());
    }

    @Override
    public void close() {
        closeQuietly(sqs);
        closeQuietly(s3);
        closeQuietly(dynamoDb);
    }

    private static void closeStarted(CompletableFuture<? extends AutoCloseable> server) {
        server.thenAccept(EmbeddedBackend::closeQuietly).exceptionally(failure -> null).join();
    }

    private static void closeQuietly(AutoCloseable server) {
        try {
            server.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "cannot stop " + server.getClass().getSimpleName(), e);
        }
    }
}
