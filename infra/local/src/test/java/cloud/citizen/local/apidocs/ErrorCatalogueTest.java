package cloud.citizen.local.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.apidocs.ErrorEntry;
import cloud.citizen.emulator.RepositoryRoot;
import cloud.citizen.platform.problem.ErrorCodes;
import cloud.citizen.platform.problem.Refusal;

class ErrorCatalogueTest {

    @Test
    void everyRefusalClass_hasItsCatalogueEntry() {
        ErrorCatalogue catalogue = ErrorCatalogue.fromClassPath();
        assertThat(catalogue.undocumented()).as("refusal classes without @ErrorDoc").isEmpty();
        assertThat(catalogue.codes()).containsKeys("SLOT_FULL", "BILL_ALREADY_PAID", "ALREADY_VOTED", "TOO_MANY_POSTS",
                "VALIDATION_FAILED", "INTERNAL_ERROR");
        assertThat(ErrorCatalogue.refusalClasses()).hasSizeGreaterThan(70);
    }

    @Test
    void everyPlatformCode_hasItsCatalogueEntry() {
        List<String> undocumented = Arrays.stream(ErrorCodes.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .filter(field -> field.getAnnotationsByType(ErrorDoc.class).length == 0)
                .map(Field::getName).toList();
        assertThat(undocumented).as("ErrorCodes constants without @ErrorDoc").isEmpty();
    }

    /** The @ErrorDoc repeats the constructor's status and code; a refusal built with plain arguments proves they agree. */
    @Test
    void errorDocs_matchWhatTheRefusalsAnswer() {
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : ErrorCatalogue.refusalClasses()) {
            Optional<Refusal> built = tryToBuild(type);
            if (built.isEmpty()) {
                continue;
            }
            checked++;
            Refusal refusal = built.get();
            if (ErrorEntry.declaredBy(type).stream().noneMatch(entry -> entry.code().equals(refusal.code())
                    && entry.status() == refusal.status())) {
                disagreements.add(type.getName() + " answers " + refusal.status() + " " + refusal.code());
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(checked).as("refusals built with plain arguments").isGreaterThan(60);
    }

    @Test
    void docsErrorsMd_isUpToDate() throws IOException {
        Path file = RepositoryRoot.locate().resolve("docs/errors.md");
        String expected = ErrorCatalogue.fromClassPath().markdown();
        String actual = Files.exists(file) ? Files.readString(file) : "";
        if (!expected.equals(actual)) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("docs/errors.md was stale and has been rewritten: review and commit it").isEqualTo(expected);
    }

    private static Optional<Refusal> tryToBuild(Class<?> type) {
        for (Constructor<?> constructor : sorted(type.getDeclaredConstructors())) {
            try {
                constructor.setAccessible(true);
                Object[] arguments = new Object[constructor.getParameterCount()];
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = plain(constructor.getParameterTypes()[i]);
                }
                return Optional.of((Refusal) constructor.newInstance(arguments));
            } catch (InvocationTargetException | InstantiationException | IllegalAccessException
                    | RuntimeException cannotBuild) {
                // needs a real domain value: the annotation is then checked by the OpenAPI and module tests only
            }
        }
        return Optional.empty();
    }

    private static List<Constructor<?>> sorted(Constructor<?>[] constructors) {
        return Arrays.stream(constructors).sorted(Comparator.comparingInt(Constructor::getParameterCount)).toList();
    }

    private static Object plain(Class<?> type) {
        if (type == String.class) {
            return "x";
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == Duration.class) {
            return Duration.ofSeconds(1);
        }
        if (type == Instant.class) {
            return Instant.EPOCH;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }
}
