package io.newsflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerClasspathTest {

    @Test
    void recordedClasspathHoldsTheBrokerItsClientAndALoggingBinding() {
        String classpath = KafkaBrokerClasspath.resolve();

        assertThat(Arrays.stream(classpath.split(File.pathSeparator)).map(entry -> Path.of(entry).getFileName()
                .toString()))
                .anyMatch(jar -> jar.startsWith("kafka_2.13-4.1.2"))
                .anyMatch(jar -> jar.startsWith("kafka-clients-"))
                .anyMatch(jar -> jar.startsWith("scala-library-"))
                .anyMatch(jar -> jar.startsWith("slf4j-api-"))
                .anyMatch(jar -> jar.startsWith("log4j-slf4j2-impl-"))
                .anyMatch(jar -> jar.startsWith("log4j-core-"))
                .noneMatch(jar -> jar.endsWith(".zip"));
    }

    @Test
    void missingJarIsNamedWithTheFix(@TempDir Path dir) throws Exception {
        Path broker = Files.createFile(dir.resolve("kafka_2.13-4.1.2.jar"));
        String classpath = broker + File.pathSeparator + dir.resolve("gone.jar");

        assertThatThrownBy(() -> KafkaBrokerClasspath.validate(classpath))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("gone.jar")
                .hasMessageContaining("mvn -pl local-stack install");
    }

    @Test
    void classpathWithoutTheBrokerIsRejected(@TempDir Path dir) throws Exception {
        Path other = Files.createFile(dir.resolve("other.jar"));

        assertThatThrownBy(() -> KafkaBrokerClasspath.validate(other.toString()))
                .isInstanceOf(LocalStackException.class).hasMessageContaining("no kafka_2.13 jar");
    }
}
