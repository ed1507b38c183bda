package cloud.citizen.emulator;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root: the folder that holds {@code template.yaml}. */
public final class RepositoryRoot {

    public static final String PROPERTY = "citizen.root";
    public static final String TEMPLATE = "template.yaml";

    private RepositoryRoot() {
    }

    /** System property {@code citizen.root} if set, else the nearest ancestor of the working dir with a template. */
    public static Path locate() {
        String configured = System.getProperty(PROPERTY, "").trim();
        if (!configured.isEmpty() && !configured.startsWith("${")) {
            Path root = Path.of(configured).toAbsolutePath().normalize();
            if (Files.isRegularFile(root.resolve(TEMPLATE))) {
                return root;
            }
            throw new IllegalStateException(PROPERTY + "=" + configured + " has no " + TEMPLATE);
        }
        Path workingDir = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path dir = workingDir; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(TEMPLATE))) {
                return dir;
            }
        }
        throw new IllegalStateException("no " + TEMPLATE + " in " + workingDir + " or its parents; set -D" + PROPERTY);
    }

    public static Path template(Path root) {
        return root.resolve(TEMPLATE);
    }
}
