package io.newsflow.cli.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.newsflow.cli.UsageException;

/** One service running as a child JVM from its executable jar, with its output in a log file. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Service service;
    private final int port;
    private final Path log;
    private final Process process;
    private final Launch launch;

    private ServiceProcess(Service service, int port, Path log, Process process, Launch launch) {
        this.service = service;
        this.port = port;
        this.log = log;
        this.process = process;
        this.launch = launch;
    }

    /** Everything needed to start the same service again: a restart after a crash, or another instance. */
    private record Launch(Path repoRoot, Service service, int port, String kafka, String elasticsearch, Path logDir,
                          Map<String, String> extraArgs, String name) {
    }

    /**
     * Starts {@code service} on {@code port} against the given Kafka and Elasticsearch; {@code extraArgs} are further
     * Spring properties ({@code --name=value}).
     */
    public static ServiceProcess start(Path repoRoot, Service service, int port, String kafka, String elasticsearch,
                                       Path logDir, Map<String, String> extraArgs) throws IOException {
        return launch(new Launch(repoRoot, service, port, kafka, elasticsearch, logDir, Map.copyOf(extraArgs), service.module()), false);
    }

    /**
     * Starts the same service again with the same port, servers and settings (after {@link #kill()} or
     * {@link #close()}), appending to the same log. Does not wait until it is healthy.
     */
    public ServiceProcess restart() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(launch.name() + " is still running (pid " + process.pid() + ")");
        }
        return launch(launch, true);
    }

    /**
     * Starts another instance of this service named {@code name} (its log file is {@code name.log}) on {@code port},
     * with {@code moreArgs} added to or replacing this instance's settings.
     */
    public ServiceProcess another(String name, int port, Map<String, String> moreArgs) throws IOException {
        Map<String, String> args = new java.util.LinkedHashMap<>(launch.extraArgs());
        args.putAll(moreArgs);
        return launch(new Launch(launch.repoRoot(), service, port, launch.kafka(), launch.elasticsearch(), launch.logDir(),
                Map.copyOf(args), name), false);
    }

    private static ServiceProcess launch(Launch launch, boolean appendToLog) throws IOException {
        Service service = launch.service();
        Path repoRoot = launch.repoRoot();
        int port = launch.port();
        String kafka = launch.kafka();
        String elasticsearch = launch.elasticsearch();
        Path logDir = launch.logDir();
        Map<String, String> extraArgs = launch.extraArgs();
        Path jar = service.executableJar(repoRoot);
        if (!Files.isRegularFile(jar)) {
            throw new UsageException(jar + " is missing: build first with 'mvn -DskipTests install' (./newsflow does it for you)");
        }
        Files.createDirectories(logDir);
        Path log = logDir.resolve(launch.name() + ".log");
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(service.jvmOptions(System.getenv()));
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + kafka,
                "--spring.elasticsearch.uris=" + elasticsearch));
        extraArgs.forEach((name, value) -> command.add("--" + name + "=" + value));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(appendToLog ? ProcessBuilder.Redirect.appendTo(log.toFile()) : ProcessBuilder.Redirect.to(log.toFile()))
                .start();
        return new ServiceProcess(service, port, log, process, launch);
    }

    /** A TCP port free right now on this machine, for a service started next. */
    public static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public Service service() {
        return service;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until {@code /actuator/health} answers UP; fails with the log's tail if the process dies or time runs out. */
    public void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module() + " exited with code " + process.exitValue()
                        + "; last lines of " + log + ":\n" + tail(log, 30));
            }
            if (isHealthy(url())) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException(service.module() + " not healthy after " + timeout.toSeconds() + " s; last lines of "
                + log + ":\n" + tail(log, 30));
    }

    /** Whether the service at {@code baseUrl} reports {@code UP} on its actuator health endpoint. */
    public static boolean isHealthy(String baseUrl) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Graceful stop (SIGTERM), then SIGKILL after 20 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL, as a crash would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
