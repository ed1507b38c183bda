package cloud.citizen.local.apidocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import cloud.citizen.apidocs.ErrorEntry;
import cloud.citizen.platform.problem.ErrorCodes;
import cloud.citizen.platform.problem.ProblemException;
import cloud.citizen.platform.problem.Refusal;

/**
 * Every error code the API answers with, one entry per code: the statuses it comes with, what it
 * means and what the app should do. Read from the code itself: the platform's {@link ErrorCodes}
 * and every {@link Refusal} subclass of the function modules on this class path, through their
 * {@code @ErrorDoc}s. Written to docs/errors.md ({@link #markdown()}, kept fresh by a test) and
 * served by the local platform at {@code /_local/errors}.
 */
public final class ErrorCatalogue {
    /** The problem {@code type} URIs' base (platform Problem.typeFor); the slug is the code, lower case, dashes. */
    public static final String TYPE_BASE = "https://citizen-cloud.example/problems/";

    /** One code: every status it comes with, and the distinct meanings and hints of the classes that use it. */
    public record Code(String code, Set<Integer> statuses, List<String> meanings, List<String> hints, Set<String> sources) {
        public String slug() {
            return slugOf(code);
        }
    }

    private final Map<String, Code> codes;
    private final List<String> undocumented;

    private ErrorCatalogue(Map<String, Code> codes, List<String> undocumented) {
        this.codes = Collections.unmodifiableMap(codes);
        this.undocumented = List.copyOf(undocumented);
    }

    /** The catalogue of the refusal classes under {@code cloud.citizen} on this class path. */
    public static ErrorCatalogue fromClassPath() {
        Map<String, Code> codes = new TreeMap<>();
        List<String> undocumented = new ArrayList<>();
        ErrorEntry.constantsOf(ErrorCodes.class).forEach(entry -> add(codes, entry, "platform"));
        for (Class<?> refusal : refusalClasses()) {
            List<ErrorEntry> entries = ErrorEntry.declaredBy(refusal);
            if (entries.isEmpty()) {
                undocumented.add(refusal.getName());
            }
            entries.forEach(entry -> add(codes, entry, moduleOf(refusal)));
        }
        return new ErrorCatalogue(codes, undocumented);
    }

    public Map<String, Code> codes() {
        return codes;
    }

    /** Refusal classes without an @ErrorDoc (the catalogue test fails on any). */
    public List<String> undocumented() {
        return undocumented;
    }

    public static String slugOf(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String markdown() {
        StringBuilder out = new StringBuilder("""
                # Error catalogue

                Generated from the code (`@ErrorDoc` on each refusal class and on the platform's `ErrorCodes`) by
                `infra/local` (`ErrorCatalogue`); `ErrorCatalogueTest` fails when this file is stale and rewrites it:
                run `./mvnw -pl infra/local -am test -Dtest=ErrorCatalogueTest -Dsurefire.failIfNoSpecifiedTests=false`
                and commit the result. Every problem+json
                answer's `type` is `%s<code in lower case, dashes>`: the anchor of its entry here. The local
                platform serves this catalogue at `/_local/errors` (docs/openapi.md).

                | code | status | meaning | what the app should do | from |
                |---|---|---|---|---|
                """.formatted(TYPE_BASE));
        for (Code code : codes.values()) {
            out.append("| <a id=\"").append(code.slug()).append("\"></a>`").append(code.code()).append("` | ")
                    .append(join(code.statuses())).append(" | ").append(cell(code.meanings())).append(" | ")
                    .append(cell(code.hints())).append(" | ").append(String.join(", ", code.sources())).append(" |\n");
        }
        return out.toString();
    }

    private static void add(Map<String, Code> codes, ErrorEntry entry, String source) {
        Code code = codes.computeIfAbsent(entry.code(),
                c -> new Code(c, new TreeSet<>(), new ArrayList<>(), new ArrayList<>(), new TreeSet<>()));
        code.statuses().add(entry.status());
        addOnce(code.meanings(), entry.meaning());
        addOnce(code.hints(), entry.hint());
        code.sources().add(source);
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    private static String join(Set<Integer> statuses) {
        return String.join(", ", statuses.stream().map(String::valueOf).toList());
    }

    private static String cell(List<String> texts) {
        return String.join(" / ", texts).replace("|", "\\|");
    }

    private static String moduleOf(Class<?> refusal) {
        String[] parts = refusal.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : refusal.getPackageName();
    }

    /** Refusal subclasses in every jar or class directory that holds {@code cloud/citizen}. */
    static List<Class<?>> refusalClasses() {
        ClassLoader loader = ErrorCatalogue.class.getClassLoader();
        Set<String> names = new TreeSet<>();
        try {
            for (URL root : Collections.list(loader.getResources("cloud/citizen"))) {
                names.addAll(classNames(root));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the class path", e);
        }
        List<Class<?>> refusals = new ArrayList<>();
        for (String name : names) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                // ProblemException carries the platform's codes, documented on ErrorCodes; an abstract
                // refusal (a shared base) has no code of its own: its subclasses document theirs
                if (Refusal.class.isAssignableFrom(type) && type != Refusal.class && type != ProblemException.class
                        && !Modifier.isAbstract(type.getModifiers())) {
                    refusals.add(type);
                }
            } catch (ClassNotFoundException | LinkageError notLoadableHere) {
                // a function class that needs its Quarkus stack: not a refusal, which is plain Java
            }
        }
        return refusals;
    }

    private static List<String> classNames(URL root) throws IOException {
        if ("jar".equals(root.getProtocol())) {
            // a JarFile of our own: closing the class loader's cached one would break it
            try (JarFile jar = new JarFile(((JarURLConnection) root.openConnection()).getJarFileURL().getPath())) {
                return jar.stream().map(entry -> entry.getName()).filter(ErrorCatalogue::isClass)
                        .filter(name -> name.startsWith("cloud/citizen/")).map(ErrorCatalogue::className).toList();
            }
        }
        try {
            Path directory = Path.of(root.toURI()).getParent().getParent();
            try (Stream<Path> files = Files.walk(directory.resolve("cloud/citizen"))) {
                return files.map(file -> directory.relativize(file).toString().replace('\\', '/'))
                        .filter(ErrorCatalogue::isClass).map(ErrorCatalogue::className).toList();
            }
        } catch (URISyntaxException e) {
            throw new IOException("odd class path entry " + root, e);
        }
    }

    private static boolean isClass(String name) {
        return name.endsWith(".class") && !name.contains("$") && !name.endsWith("module-info.class");
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}
