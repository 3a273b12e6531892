package io.newsflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRuntimesTest {

    @TempDir
    Path jvms;

    @Test
    void readsFeatureVersionFromReleaseFile() throws IOException {
        assertThat(JavaRuntimes.featureVersion(jdk("jdk-25", "25.0.3"))).hasValue(25);
        assertThat(JavaRuntimes.featureVersion(jdk("jdk-8", "1.8.0_292"))).hasValue(8);
        assertThat(JavaRuntimes.featureVersion(jvms.resolve("nothing-here"))).isEmpty();
    }

    @Test
    void prefersTheRunningJvmWhenItIsRecentEnough() throws IOException {
        Path current = jdk("current-21", "21.0.2");
        jdk("jdk-25", "25.0.3");

        assertThat(JavaRuntimes.find(Optional.empty(), current, List.of(jvms), 21)).isEqualTo(current);
    }

    @Test
    void picksTheNewestQualifyingJdkUnderTheScanRoots() throws IOException {
        Path current = jdk("java-17", "17.0.15");
        jdk("jdk-21", "21.0.2");
        Path newest = jdk("temurin-25", "25.0.3");

        assertThat(JavaRuntimes.find(Optional.empty(), current, List.of(jvms), 21)).isEqualTo(newest);
    }

    @Test
    void explicitHomeWinsOverScannedOnes() throws IOException {
        Path explicit = jdk("jdk-21", "21.0.2");
        jdk("temurin-25", "25.0.3");

        assertThat(JavaRuntimes.find(Optional.of(explicit), jdk("java-17", "17"), List.of(jvms), 21))
                .isEqualTo(explicit);
    }

    @Test
    void explicitHomeThatIsTooOldFailsWithItsVersion() throws IOException {
        Path explicit = jdk("java-17", "17.0.15");

        assertThatThrownBy(() -> JavaRuntimes.find(Optional.of(explicit), explicit, List.of(jvms), 21))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("NEWSFLOW_ES_JAVA_HOME=" + explicit)
                .hasMessageContaining("is Java 17").hasMessageContaining("Java 21 or newer");
    }

    @Test
    void noQualifyingJdkFailsSayingWhatToInstall() throws IOException {
        Path current = jdk("java-17", "17.0.15");

        assertThatThrownBy(() -> JavaRuntimes.find(Optional.empty(), current, List.of(jvms), 21))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("needs Java 21 or newer")
                .hasMessageContaining("apt-get install openjdk-21-jdk-headless")
                .hasMessageContaining("NEWSFLOW_ES_JAVA_HOME");
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = jvms.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
