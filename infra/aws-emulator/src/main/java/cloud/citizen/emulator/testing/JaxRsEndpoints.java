package cloud.citizen.emulator.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeSet;
import java.util.SortedSet;
import java.util.stream.Stream;

/**
 * The JAX-RS endpoints ({@code METHOD /path}) of the compiled classes in a directory: classes
 * annotated {@code @Path}, their methods with an HTTP method annotation (any annotation that is
 * itself annotated {@code @HttpMethod}, so {@code @PATCH} and custom verbs count), class and method
 * paths joined, path-parameter regexes dropped ({@code {id: \d+}} -> {@code {id}}). Annotations
 * are matched by name, so this works whichever class loader holds jakarta.ws.rs. Sub-resource
 * locators (a {@code @Path} method without an HTTP method) are not followed.
 */
final class JaxRsEndpoints {

    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";

    private JaxRsEndpoints() {
    }

    /** @param packagePrefix only classes in this package (and below); empty for all */
    static SortedSet<Endpoint> in(Path classesDirectory, String packagePrefix) {
        SortedSet<Endpoint> endpoints = new TreeSet<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {url(classesDirectory)},
                Thread.currentThread().getContextClassLoader());
                Stream<Path> files = Files.walk(classesDirectory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String className = className(classesDirectory, file);
                if (className.startsWith(packagePrefix) && !className.endsWith("module-info")) {
                    collect(loader.loadClass(className), endpoints);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + classesDirectory, e);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load a class from " + classesDirectory, e);
        }
        return endpoints;
    }

    private static void collect(Class<?> type, SortedSet<Endpoint> endpoints) {
        Optional<String> classPath = path(type);
        if (classPath.isEmpty() || type.isInterface() || type.isAnnotation()) {
            return;
        }
        for (Method method : type.getMethods()) {
            Optional<String> httpMethod = httpMethod(method);
            if (httpMethod.isPresent()) {
                String path = normalise(classPath.get() + "/" + path(method).orElse(""));
                endpoints.add(new Endpoint(httpMethod.get(), path, type.getName() + "#" + method.getName()));
            }
        }
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            for (Annotation meta : annotation.annotationType().getAnnotations()) {
                if (meta.annotationType().getName().equals(HTTP_METHOD)) {
                    return Optional.of(String.valueOf(value(meta)));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> path(AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation.annotationType().getName().equals(PATH)) {
                return Optional.of(String.valueOf(value(annotation)));
            }
        }
        return Optional.empty();
    }

    private static Object value(Annotation annotation) {
        try {
            return annotation.annotationType().getMethod("value").invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + annotation, e);
        }
    }

    /** Leading slash, no doubled or trailing slashes, {@code {name: regex}} reduced to {@code {name}}. */
    static String normalise(String path) {
        String withoutRegexes = path.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}");
        String collapsed = ("/" + withoutRegexes).replaceAll("/{2,}", "/");
        return collapsed.length() > 1 && collapsed.endsWith("/") ? collapsed.substring(0, collapsed.length() - 1)
                : collapsed;
    }

    private static String className(Path root, Path classFile) {
        String relative = root.relativize(classFile).toString().replace('\\', '/');
        return relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
    }

    private static URL url(Path directory) {
        try {
            return directory.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(directory.toString(), e);
        }
    }

    /** One endpoint; {@code handler} says where it is ({@code Class#method}) for the failure message. */
    record Endpoint(String method, String path, String handler) implements Comparable<Endpoint> {
        String routeKey() {
            return method + " " + path;
        }

        @Override
        public int compareTo(Endpoint other) {
            int byPath = path.compareTo(other.path);
            if (byPath != 0) {
                return byPath;
            }
            int byMethod = method.compareTo(other.method);
            return byMethod != 0 ? byMethod : handler.compareTo(other.handler);
        }
    }
}
