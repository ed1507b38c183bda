package cloud.citizen.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import cloud.citizen.emulator.template.SamTemplate;

/** The repository's real template and the small fixtures under src/test/resources/templates. */
public final class TestFixtures {

    private TestFixtures() {
    }

    public static SamTemplate realTemplate() {
        return SamTemplate.load(RepositoryRoot.template(RepositoryRoot.locate()));
    }

    public static SamTemplate fixtureTemplate(String name) {
        return SamTemplate.parse(fixture("templates/" + name));
    }

    public static String fixture(String path) {
        try (InputStream in = TestFixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
