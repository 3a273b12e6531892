package io.newsflow.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Elasticsearch integ-test distribution from Maven Central, unpacked once into the cache directory and shared
 * read-only by every node (each node has its own config, data and log directories).
 */
final class ElasticsearchDistribution {

    static final String VERSION = "9.2.8";
    static final String RESOURCE = "elasticsearch-distribution.path";
    private static final String ROOT_CACHE_FALLBACK = "/var/tmp/newsflow-cache";
    private static final String COMPLETE = ".newsflow-unpacked";

    private ElasticsearchDistribution() {
    }

    /** The unpacked distribution's home, unpacking it first if no earlier run did. */
    static Path home() {
        Path cache = cacheDir();
        Path home = cache.resolve("elasticsearch-" + VERSION);
        return Files.exists(home.resolve(COMPLETE)) ? home : unpacked(zip(), cache);
    }

    /** {@code zip} unpacked into {@code cache}, by this call or an earlier one (of any process). */
    static synchronized Path unpacked(Path zip, Path cache) {
        Path home = cache.resolve("elasticsearch-" + VERSION);
        if (Files.exists(home.resolve(COMPLETE))) {
            return home;
        }
        try {
            FilePermissions.createReadableDirectories(cache);
            try (FileChannel channel = FileChannel.open(cache.resolve(".elasticsearch-" + VERSION + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                if (!Files.exists(home.resolve(COMPLETE))) {
                    unpack(zip, home);
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + zip + " into " + home, e);
        }
    }

    /*
     * The Elasticsearch user must be able to read the distribution; /root is mode 700, so when we run as root
     * and the cache is not reachable by other users, the distribution goes to /var/tmp instead.
     */
    static Path cacheDir() {
        Path cache = Settings.cacheDir();
        if (ElasticsearchUser.needed() && !FilePermissions.reachableByOthers(cache)) {
            return Path.of(ROOT_CACHE_FALLBACK);
        }
        return cache;
    }

    /** {@code NEWSFLOW_ES_DISTRIBUTION}, else the zip this build downloaded, else the usual local repository path. */
    static Path zip() {
        Path zip = Settings.get(Settings.ES_DISTRIBUTION).map(Path::of).orElseGet(ElasticsearchDistribution::recorded);
        if (!Files.isRegularFile(zip)) {
            throw new LocalStackException("Elasticsearch distribution " + zip + " is missing. Run `mvn -pl local-stack"
                    + " install` to download it, or set " + Settings.ES_DISTRIBUTION + " to the"
                    + " org.elasticsearch.distribution.integ-test-zip:elasticsearch:" + VERSION + " zip");
        }
        return zip;
    }

    private static Path recorded() {
        try (InputStream in = ElasticsearchDistribution.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                String path = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
                if (!path.isEmpty() && Files.isRegularFile(Path.of(path))) {
                    return Path.of(path);
                }
            }
        } catch (IOException e) {
            // fall back to the conventional location below
        }
        String repository = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        return Path.of(repository, "org/elasticsearch/distribution/integ-test-zip/elasticsearch", VERSION,
                "elasticsearch-" + VERSION + ".zip");
    }

    private static void unpack(Path zip, Path home) throws IOException {
        Path staging = Files.createTempDirectory(home.getParent(), home.getFileName() + ".unpacking-");
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                String relative = slash < 0 ? "" : name.substring(slash + 1);
                if (relative.isEmpty()) {
                    continue;
                }
                Path target = staging.resolve(relative).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("Zip entry escapes the target directory: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                // zip entries carry no Unix modes we can read; scripts and native tools live in bin/ directories
                boolean executable = target.getParent().getFileName().toString().equals("bin");
                Files.setPosixFilePermissions(target,
                        PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        FilePermissions.makeReadableByAll(staging);
        Files.writeString(staging.resolve(COMPLETE), zip.toString(), StandardCharsets.UTF_8);
        FilePermissions.deleteRecursively(home);
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
    }
}
