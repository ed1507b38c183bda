package cloud.citizen.emulator.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cloud.citizen.emulator.RepositoryRoot;

class DynoxideInstallTest {

    @TempDir
    Path root;

    @Test
    void presentBinary_isUsedAsItIs() {
        Path binary = DynoxideInstall.ensureInstalled(RepositoryRoot.locate());
        assertThat(binary).endsWith(Path.of("node_modules/@dynoxide/linux-x64/dynoxide")).isExecutable();
    }

    /**
     * A package whose "dynoxide" is a local folder: npm ci installs it for real, offline. Two threads
     * race for the install; the lock lets exactly one run npm, the other finds the binary.
     */
    @Test
    void missingBinary_isInstalledByNpmCiOnce_evenWhenTwoCallersRace() throws Exception {
        Path emulators = Files.createDirectories(root.resolve("infra/emulators"));
        Path fakePackage = Files.createDirectories(emulators.resolve("fake-dynoxide"));
        Files.writeString(fakePackage.resolve("package.json"), "{\"name\":\"@dynoxide/linux-x64\",\"version\":\"0.0.1\"}");
        Files.writeString(fakePackage.resolve("dynoxide"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(fakePackage.resolve("dynoxide"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(emulators.resolve("package.json"), "{\"name\":\"fake\",\"version\":\"1.0.0\","
                + "\"private\":true,\"dependencies\":{\"@dynoxide/linux-x64\":\"file:fake-dynoxide\"}}");
        Files.writeString(emulators.resolve("package-lock.json"), """
                {"name": "fake", "version": "1.0.0", "lockfileVersion": 3, "requires": true, "packages": {
                  "": {"name": "fake", "version": "1.0.0", "dependencies": {"@dynoxide/linux-x64": "file:fake-dynoxide"}},
                  "fake-dynoxide": {"name": "@dynoxide/linux-x64", "version": "0.0.1"},
                  "node_modules/@dynoxide/linux-x64": {"resolved": "fake-dynoxide", "link": true}}}
                """);

        List<CompletableFuture<Path>> racers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racers.add(CompletableFuture.supplyAsync(() -> DynoxideInstall.ensureInstalled(root)));
        }

        for (CompletableFuture<Path> racer : racers) {
            assertThat(racer.get()).isEqualTo(DynoxideInstall.binary(root)).isExecutable();
        }
        String log = Files.readString(emulators.resolve("npm-ci.log"));
        assertThat(log.split("added 1 package", -1)).as("npm ci runs: %s", log).hasSize(2);
    }

    @Test
    void failingNpmCi_pointsAtItsLog() throws Exception {
        Path emulators = Files.createDirectories(root.resolve("infra/emulators"));
        Files.writeString(emulators.resolve("package.json"), "{\"name\":\"fake\",\"version\":\"1.0.0\"}");
        // no package-lock.json: npm ci refuses

        assertThatThrownBy(() -> DynoxideInstall.ensureInstalled(root))
                .hasMessageContaining("npm ci failed").hasMessageContaining("npm-ci.log");
    }
}
