package cloud.citizen.local.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Turns a CodeUri into a task root, as Lambda does on deploy: a {@code .zip} is unpacked (again
 * only when the zip changed), a directory is used as it is.
 */
public final class FunctionCode {

    private static final String STAMP = ".unpacked-from";
    /** The SHA-256 of the zip a task root was unpacked from (what its AOT cache is keyed by). */
    static final String CODE_HASH = ".code-sha256";

    private FunctionCode() {
    }

    /**
     * @param artifact the CodeUri resolved against the repository root
     * @param unpackInto where this function's zip is unpacked (a cache, safe to delete)
     */
    public static Path taskRoot(Path artifact, Path unpackInto) {
        if (Files.isDirectory(artifact)) {
            return artifact;
        }
        if (!Files.isRegularFile(artifact)) {
            throw new IllegalStateException(artifact + " does not exist: package the function first");
        }
        try {
            String stamp = artifact.toAbsolutePath() + " " + Files.size(artifact) + " "
                    + Files.getLastModifiedTime(artifact).toMillis();
            Path stampFile = unpackInto.resolve(STAMP);
            if (Files.isRegularFile(stampFile) && Files.readString(stampFile).equals(stamp)) {
                if (!Files.isRegularFile(unpackInto.resolve(CODE_HASH))) { // unpacked by an older runner
                    Files.writeString(unpackInto.resolve(CODE_HASH), sha256(artifact));
                }
                return unpackInto;
            }
            deleteRecursively(unpackInto);
            unzip(artifact, unpackInto);
            Files.writeString(unpackInto.resolve(CODE_HASH), sha256(artifact));
            Files.writeString(stampFile, stamp);
            return unpackInto;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + artifact, e);
        }
    }

    /** The hash of the zip a task root came from; empty for a directory CodeUri (used as it is). */
    public static Optional<String> codeHash(Path taskRoot) {
        Path file = taskRoot.resolve(CODE_HASH);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file).trim())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        Path root = target.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = root.resolve(entry.getName()).normalize();
                if (!file.startsWith(root)) {
                    throw new IOException("zip entry outside the task root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                copy(in, file);
                // zip streams lose Unix modes; a custom runtime's entry point must be executable
                if (file.getFileName().toString().equals("bootstrap")) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }

    private static void copy(InputStream in, Path file) throws IOException {
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Deletes the task roots (and AOT caches beside them) unpacked under {@code directory}: a
     * throwaway platform's (the benchmark's, the end-to-end tests') are ~40 MB a function and were
     * left behind by every run until they filled the disk.
     */
    public static void deleteUnpacked(Path directory) {
        try {
            deleteRecursively(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
