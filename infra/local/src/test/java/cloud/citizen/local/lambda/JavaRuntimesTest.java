package cloud.citizen.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class JavaRuntimesTest {

    @Test
    void featureVersion_readsTheManagedRuntimeNames() {
        assertThat(JavaRuntimes.featureVersion("java17")).isEqualTo(17);
        assertThat(JavaRuntimes.featureVersion("java25")).isEqualTo(25);
        assertThat(JavaRuntimes.featureVersion("java8.al2")).isEqualTo(8);
        assertThatThrownBy(() -> JavaRuntimes.featureVersion("provided.al2023"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void javaExecutable_ofTheRunnersOwnVersion_isTheRunnersJvm() {
        Path java = JavaRuntimes.javaExecutable("java" + Runtime.version().feature());

        assertThat(java).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java"));
        assertThat(Files.isExecutable(java)).isTrue();
    }

    @Test
    void javaExecutable_ofAVersionNobodyHas_saysWhatToSet() {
        assertThatThrownBy(() -> JavaRuntimes.javaExecutable("java99")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JAVA99_HOME");
    }
}
