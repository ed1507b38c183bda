package cloud.citizen.emulator.backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * S3: S3Proxy embedded in this JVM, objects in memory or in a directory. Signatures are checked
 * (SigV2/SigV4, credentials test/test), so presigned URLs are tested for real.
 */
public final class S3ProxyServer implements AutoCloseable {

    public static final String ACCESS_KEY = "test";
    public static final String SECRET_KEY = "test";
    private static final long STOP_TIMEOUT_MILLIS = 0;

    private final S3Proxy proxy;
    private final URI endpoint;

    private S3ProxyServer(S3Proxy proxy, URI endpoint) {
        this.proxy = proxy;
        this.endpoint = endpoint;
    }

    /** @param directory where buckets are kept (one folder per bucket); empty for in-memory */
    public static S3ProxyServer start(Optional<Path> directory) {
        try {
            BlobStore store;
            if (directory.isPresent()) {
                Files.createDirectories(directory.get());
                store = new FilesystemNio2BlobStore(directory.get().toAbsolutePath().toString());
            } else {
                store = new TransientNio2BlobStore();
            }
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(store)
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .stopTimeout(STOP_TIMEOUT_MILLIS) // no graceful wait: idle keep-alive connections would delay stop
                    .build();
            proxy.start();
            return new S3ProxyServer(proxy, URI.create("http://127.0.0.1:" + proxy.getPort()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the S3 directory " + directory.orElseThrow(), e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start S3Proxy", e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop S3Proxy", e);
        }
    }
}
