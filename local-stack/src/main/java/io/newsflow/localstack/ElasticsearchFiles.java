package io.newsflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Lays out a node's own config, data, log and temp directories next to the shared distribution. */
final class ElasticsearchFiles {

    private static final String ROOT_WORK_FALLBACK = "/var/tmp/newsflow-es";

    private ElasticsearchFiles() {
    }

    /*
     * As root, the node's directories must be reachable by the Elasticsearch user; a data dir under /root (700)
     * is not, so such a node works under /var/tmp, in a directory named after the data dir.
     */
    static Path workDir(Path dataDir) {
        return workDir(dataDir, ElasticsearchUser.needed());
    }

    static Path workDir(Path dataDir, boolean runsAsOtherUser) {
        Path inside = dataDir.resolve("elasticsearch");
        if (!runsAsOtherUser || FilePermissions.reachableByOthers(dataDir)) {
            return inside;
        }
        return Path.of(ROOT_WORK_FALLBACK, HexFormat.of().toHexDigits(dataDir.toString().hashCode()));
    }

    /** Copies the distribution's config and writes our elasticsearch.yml and jvm.options over it. */
    static void write(Path home, Path workDir, int httpPort, int transportPort) {
        try {
            FilePermissions.createReadableDirectories(workDir);
            for (String dir : new String[] {"config", "data", "logs", "tmp"}) {
                Files.createDirectories(workDir.resolve(dir));
            }
            Path config = workDir.resolve("config");
            try (Stream<Path> files = Files.list(home.resolve("config"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, config.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.writeString(config.resolve("elasticsearch.yml"), settings(home, workDir, httpPort, transportPort),
                    StandardCharsets.UTF_8);
            Files.writeString(config.resolve("jvm.options"), jvmOptions(home), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Elasticsearch configuration into " + workDir, e);
        }
    }

    static String settings(Path home, Path workDir, int httpPort, int transportPort) {
        StringBuilder yml = new StringBuilder()
                .append("cluster.name: newsflow-local\n")
                .append("node.name: newsflow-local\n")
                .append("network.host: ").append(Ports.HOST).append('\n')
                .append("http.port: ").append(httpPort).append('\n')
                .append("transport.port: ").append(transportPort).append('\n')
                .append("discovery.type: single-node\n")
                .append("path.data: ").append(workDir.resolve("data")).append('\n')
                .append("path.logs: ").append(workDir.resolve("logs")).append('\n')
                .append("cluster.routing.allocation.disk.threshold_enabled: false\n")
                .append("action.destructive_requires_name: false\n");
        // the setting only exists, and unknown settings fail start-up, when the security module is there
        if (Files.isDirectory(home.resolve("modules/x-pack-security"))) {
            yml.append("xpack.security.enabled: false\n");
        }
        return yml.toString();
    }

    /* The distribution's options minus the GC log, which would fill the disk of a long-running demo. */
    static String jvmOptions(Path home) throws IOException {
        try (Stream<String> lines = Files.lines(home.resolve("config/jvm.options"), StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.trim().startsWith("-Xlog:gc"))
                    .collect(Collectors.joining("\n", "", "\n"));
        }
    }
}
