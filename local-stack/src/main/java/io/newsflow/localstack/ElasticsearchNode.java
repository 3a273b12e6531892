package io.newsflow.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A single-node Elasticsearch on 127.0.0.1, security off. Runs as {@value ElasticsearchUser#NAME} when we are
 * root. Stopping and starting keeps its port and data.
 */
public final class ElasticsearchNode {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final int port;
    private final Path workDir;
    private final Path log;
    private final String heap;
    private final Duration startupTimeout;
    private ChildProcess child;

    ElasticsearchNode(int port, Path dataDir, String heap, Duration startupTimeout) {
        this.port = port == 0 ? Ports.free() : port;
        this.workDir = ElasticsearchFiles.workDir(dataDir);
        this.log = dataDir.resolve("elasticsearch.log");
        this.heap = heap;
        this.startupTimeout = startupTimeout;
    }

    /** Starts Elasticsearch unless it runs, and waits until the cluster is at least yellow. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        Ports.requireFree(port, "Elasticsearch",
                "is another Elasticsearch running? choose another port with --es-port");
        Path javaHome = JavaRuntimes.forElasticsearch();
        Path home = ElasticsearchDistribution.home();
        int transportPort = Ports.free();
        ElasticsearchFiles.write(home, workDir, port, transportPort);
        List<String> privileges = List.of();
        if (ElasticsearchUser.needed()) {
            ElasticsearchUser.ensureExists();
            FilePermissions.chown(workDir, ElasticsearchUser.NAME);
            privileges = ElasticsearchUser.setprivOptions();
        }
        Map<String, String> env = new HashMap<>();
        env.put("ES_JAVA_HOME", javaHome.toString());
        env.put("ES_PATH_CONF", workDir.resolve("config").toString());
        env.put("ES_TMPDIR", workDir.resolve("tmp").toString());
        env.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
        env.put("HOME", workDir.toString());
        child = ChildProcess.start("Elasticsearch", List.of(home.resolve("bin/elasticsearch").toString()), privileges,
                env, workDir.resolve("logs"), log);
        child.awaitReady(startupTimeout, this::answers);
    }

    /** Shuts Elasticsearch down cleanly (SIGTERM, then SIGKILL after 30 s) and waits until it has exited. */
    public synchronized void stop() {
        if (child != null) {
            child.stop(STOP_GRACE);
            child = null;
        }
    }

    public synchronized boolean isRunning() {
        return child != null && child.isAlive();
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://" + Ports.HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    /** The console log of the Elasticsearch launcher and server. */
    public Path log() {
        return log;
    }

    Path workDir() {
        return workDir;
    }

    synchronized List<ProcessHandle> processes() {
        return child == null ? List.of() : child.tree();
    }

    /* GET / answers 405 in the integ-test distribution, so readiness is asked of the cluster health API. */
    private boolean answers() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url()
                + "/_cluster/health?wait_for_status=yellow&timeout=1s")).timeout(Duration.ofSeconds(3)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while waiting for Elasticsearch", e);
        }
    }
}
