package io.newsflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElasticsearchDistributionTest {

    @TempDir
    Path dir;

    @Test
    void unpacksWithoutTheTopDirectoryAndMakesScriptsExecutable() throws Exception {
        Path zip = zip(Map.of("elasticsearch-9.2.8/bin/elasticsearch", "#!/bin/bash\n",
                "elasticsearch-9.2.8/config/jvm.options", "-XX:+UseG1GC\n"));

        Path home = ElasticsearchDistribution.unpacked(zip, dir.resolve("cache"));

        assertThat(home).isEqualTo(dir.resolve("cache/elasticsearch-9.2.8"));
        assertThat(home.resolve("config/jvm.options")).hasContent("-XX:+UseG1GC");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("bin/elasticsearch"))))
                .isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("config/jvm.options"))))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void unpacksOnlyOnce() throws Exception {
        Path cache = dir.resolve("cache");
        Path home = ElasticsearchDistribution.unpacked(zip(Map.of("elasticsearch-9.2.8/config/a", "first")), cache);

        ElasticsearchDistribution.unpacked(zip(Map.of("elasticsearch-9.2.8/config/a", "second")), cache);

        assertThat(home.resolve("config/a")).hasContent("first");
    }

    @Test
    void refusesEntriesThatEscapeTheTargetDirectory() throws Exception {
        Path zip = zip(Map.of("elasticsearch-9.2.8/../../evil", "x"));

        assertThatThrownBy(() -> ElasticsearchDistribution.unpacked(zip, dir.resolve("cache")))
                .isInstanceOf(UncheckedIOException.class).hasStackTraceContaining("escapes the target directory");
        assertThat(dir.resolve("evil")).doesNotExist();
    }

    @Test
    void nodeWorksInsideTheDataDirUnlessAnotherUserCannotReachIt() throws Exception {
        Path open = Files.createDirectories(dir.resolve("open"));
        Path closed = Files.createDirectories(dir.resolve("closed"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));

        assertThat(ElasticsearchFiles.workDir(closed, false)).isEqualTo(closed.resolve("elasticsearch"));
        assertThat(ElasticsearchFiles.workDir(closed, true)).startsWithRaw(Path.of("/var/tmp/newsflow-es"));
        assertThat(ElasticsearchFiles.workDir(open, true)).isEqualTo(open.resolve("elasticsearch"));
    }

    private Path zip(Map<String, String> entries) throws Exception {
        Path zip = Files.createTempFile(dir, "es", ".zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}
