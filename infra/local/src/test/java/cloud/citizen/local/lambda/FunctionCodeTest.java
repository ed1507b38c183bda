package cloud.citizen.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionCodeTest {
    @TempDir
    Path temp;

    @Test
    void deleteUnpacked_removesEveryTaskRootAndLeavesTheZip() throws IOException {
        Path zip = temp.resolve("function.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("lib/marker.txt"));
            out.write("code".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path unpacked = temp.resolve("data/functions");
        Path first = FunctionCode.taskRoot(zip, unpacked.resolve("First"));
        Path second = FunctionCode.taskRoot(zip, unpacked.resolve("Second"));
        assertThat(first.resolve("lib/marker.txt")).hasContent("code");
        assertThat(second.resolve("lib/marker.txt")).exists();

        FunctionCode.deleteUnpacked(unpacked);

        assertThat(unpacked).doesNotExist();
        assertThat(zip).exists();
        FunctionCode.deleteUnpacked(unpacked); // stopping twice is not an error
    }
}
