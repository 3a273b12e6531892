package io.newsflow.cli.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The three services running as child processes against one Kafka and one Elasticsearch. Used by {@code demo},
 * {@code up} and the end-to-end tests, so the tests exercise exactly what users run.
 */
public final class Pipeline implements AutoCloseable {

    private final Map<Service, ServiceProcess> services;
    private final List<ServiceProcess> extras = new ArrayList<>();

    private Pipeline(Map<Service, ServiceProcess> services) {
        this.services = services;
    }

    /**
     * Starts every service (in parallel) and waits until all are healthy. On failure, whatever started is stopped and
     * the exception names the service and quotes its log.
     */
    public static Pipeline start(Path repoRoot, String kafka, String elasticsearch, Map<Service, Integer> ports,
                                 Path logDir, Map<String, String> extraArgs) throws IOException {
        Map<Service, ServiceProcess> started = new EnumMap<>(Service.class);
        try {
            for (Service service : Service.values()) {
                int port = ports.getOrDefault(service, service.defaultPort());
                started.put(service, ServiceProcess.start(repoRoot, service, port, kafka, elasticsearch, logDir, extraArgs));
            }
            List<CompletableFuture<Void>> health = new ArrayList<>();
            for (ServiceProcess process : started.values()) {
                health.add(CompletableFuture.runAsync(() -> {
                    try {
                        process.awaitHealthy(Duration.ofSeconds(120));
                    } catch (IOException e) {
                        throw new CompletionException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CompletionException(e);
                    }
                }));
            }
            CompletableFuture.allOf(health.toArray(CompletableFuture[]::new)).join();
            return new Pipeline(started);
        } catch (RuntimeException | IOException e) {
            started.values().forEach(ServiceProcess::close);
            if (e instanceof CompletionException ce && ce.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    public ServiceProcess service(Service service) {
        return services.get(service);
    }

    public String url(Service service) {
        return services.get(service).url();
    }

    /** Kills {@code service} with SIGKILL, as a crash would; {@link #restart(Service)} brings it back. */
    public void kill(Service service) throws InterruptedException {
        services.get(service).kill();
    }

    /**
     * Starts {@code service} again (killing it first if it still runs) with its port and settings, and waits until it
     * is healthy.
     */
    public synchronized ServiceProcess restart(Service service) throws IOException, InterruptedException {
        ServiceProcess old = services.get(service);
        if (old.isAlive()) {
            old.kill();
        }
        ServiceProcess started = old.restart();
        services.put(service, started);
        started.awaitHealthy(Duration.ofSeconds(120));
        return started;
    }

    /**
     * Starts one more instance of {@code service} (e.g. a second tagger in the same consumer group) named {@code name},
     * with {@code moreArgs} on top of the first instance's settings, and waits until it is healthy. {@link #close()}
     * stops it with the others.
     */
    public synchronized ServiceProcess startExtra(Service service, String name, int port, Map<String, String> moreArgs)
            throws IOException, InterruptedException {
        ServiceProcess extra = services.get(service).another(name, port, moreArgs);
        extras.add(extra);
        try {
            extra.awaitHealthy(Duration.ofSeconds(120));
        } catch (RuntimeException | IOException | InterruptedException e) {
            extra.kill();
            throw e;
        }
        return extra;
    }

    /** Stops the services, index last so it drains what the tagger produced. */
    @Override
    public void close() {
        extras.forEach(ServiceProcess::close);
        services.get(Service.INGEST).close();
        services.get(Service.TAGGER).close();
        services.get(Service.INDEX).close();
    }
}
