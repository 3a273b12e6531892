package io.newsflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePermissionsTest {

    @TempDir
    Path dir;

    @Test
    void directoryBelowAPrivateParentIsNotReachableByOthers() throws Exception {
        Path parent = Files.createDirectory(dir.resolve("private"));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx------"));

        assertThat(FilePermissions.reachableByOthers(parent.resolve("data/es"))).isFalse();
    }

    @Test
    void directoriesCreatedReadableAreReachableByOthersWhenTheirParentsAre() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path nested = dir.resolve("a/b/c");

        FilePermissions.createReadableDirectories(nested);

        assertThat(nested).isDirectory();
        assertThat(FilePermissions.reachableByOthers(nested)).isEqualTo(FilePermissions.reachableByOthers(dir));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested))).isEqualTo("rwxr-xr-x");
    }

    @Test
    void deleteRecursivelyRemovesATree() throws Exception {
        Path tree = dir.resolve("tree");
        Files.createDirectories(tree.resolve("x/y"));
        Files.writeString(tree.resolve("x/y/file"), "data");

        FilePermissions.deleteRecursively(tree);

        assertThat(tree).doesNotExist();
    }
}
