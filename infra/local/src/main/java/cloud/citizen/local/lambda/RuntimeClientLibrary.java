package cloud.citizen.local.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * The runtime interface client's JNI library, unpacked once per runner. Left to itself, every
 * client process copies the library to the fixed path {@code /tmp/.libaws-lambda-jni.so} while
 * starting (harmless on Lambda, where each environment has its own /tmp); here instances start in
 * parallel and one copy overwrote a file another was mapping, killing it with SIGBUS. The client
 * loads the file named by {@link #PROPERTY} instead, so every instance gets this shared copy.
 */
final class RuntimeClientLibrary {
    static final String PROPERTY = "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

    private static Path unpacked;

    private RuntimeClientLibrary() {
    }

    /** The JVM option that points a client process at the shared library. */
    static synchronized String jvmOption() {
        if (unpacked == null) {
            unpacked = unpack();
        }
        return "-D" + PROPERTY + "=" + unpacked;
    }

    private static Path unpack() {
        String resource = "/jni/libaws-lambda-jni.linux-" + architecture() + ".so";
        try (InputStream library = RuntimeClientLibrary.class.getResourceAsStream(resource)) {
            if (library == null) {
                throw new IllegalStateException("the runtime interface client has no " + resource);
            }
            Path file = Files.createTempFile("citizen-cloud-lambda-jni-", ".so");
            file.toFile().deleteOnExit();
            Files.copy(library, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return arch.equals("aarch64") || arch.equals("arm64") ? "aarch_64" : "x86_64";
    }
}
