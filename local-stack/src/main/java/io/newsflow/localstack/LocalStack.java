package io.newsflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A real single-node KRaft Kafka and a real Elasticsearch on this machine, each in its own child process on
 * 127.0.0.1. Tests use {@link #shared()}; the demo and the CLI use {@link #start(LocalStackConfig)}.
 */
public final class LocalStack implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LocalStack.class.getName());
    private static LocalStack shared;
    private static RuntimeException sharedFailure;

    private final LocalStackConfig config;
    private final KafkaNode kafka;
    private final ElasticsearchNode elasticsearch;
    private boolean closed;

    private LocalStack(LocalStackConfig config) {
        this.config = config;
        prepare(config);
        this.kafka = new KafkaNode(config.kafkaPort(), config.dataDir().resolve("kafka"), config.kafkaHeap(),
                config.startupTimeout());
        this.elasticsearch = new ElasticsearchNode(config.elasticsearchPort(), config.dataDir(), config.esHeap(),
                config.startupTimeout());
    }

    /**
     * The stack of this JVM: started on free ports by the first call, stopped by a shutdown hook when the JVM
     * exits (or by {@link #close()}, after which the next call starts a new one).
     */
    public static synchronized LocalStack shared() {
        if (sharedFailure != null) {
            // one slow failure per JVM is enough; every later test class gets the same diagnosis at once
            throw new LocalStackException("The shared local stack failed to start earlier: "
                    + sharedFailure.getMessage(), sharedFailure);
        }
        if (shared == null || shared.isClosed()) {
            LocalStack stack;
            try {
                stack = start(LocalStackConfig.freePorts());
            } catch (RuntimeException e) {
                sharedFailure = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "newsflow-local-stack-shutdown"));
            shared = stack;
        }
        return shared;
    }

    /** Starts Kafka and Elasticsearch in parallel and waits until both answer; the caller closes the stack. */
    public static LocalStack start(LocalStackConfig config) {
        LocalStack stack = new LocalStack(config);
        // fail before either server starts, rather than after the other one took its 20 s to come up
        Ports.requireFree(stack.kafka.port(), "Kafka", "is another broker running? choose another port");
        Ports.requireFree(stack.elasticsearch.port(), "Elasticsearch", "is another one running? choose another port");
        long started = System.nanoTime();
        List<RuntimeException> failures = inParallel(stack.kafka::start, stack.elasticsearch::start);
        if (!failures.isEmpty()) {
            stack.shutdown(false); // keep the logs the failure message points to
            RuntimeException first = failures.get(0);
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
        LOG.log(System.Logger.Level.INFO, "local-stack ready in {0} ms: kafka {1}, elasticsearch {2}, data {3}",
                String.valueOf((System.nanoTime() - started) / 1_000_000), stack.kafkaBootstrapServers(),
                stack.elasticsearchUrl(), config.dataDir());
        return stack;
    }

    /** {@code 127.0.0.1:PORT}. */
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String elasticsearchUrl() {
        return elasticsearch.url();
    }

    public KafkaNode kafka() {
        return kafka;
    }

    public ElasticsearchNode elasticsearch() {
        return elasticsearch;
    }

    public LocalStackConfig config() {
        return config;
    }

    /** The processes of both servers and their descendants, as they are now. */
    public List<ProcessHandle> processes() {
        List<ProcessHandle> all = new ArrayList<>(kafka.processes());
        all.addAll(elasticsearch.processes());
        return all;
    }

    /** Stops both servers, waits until their processes have exited, and deletes the data of a fresh stack. */
    @Override
    public void close() {
        shutdown(config.fresh());
    }

    private void shutdown(boolean deleteData) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        List<RuntimeException> failures = inParallel(kafka::stop, elasticsearch::stop);
        if (deleteData) {
            delete(config.dataDir());
            delete(elasticsearch.workDir());
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    private static void prepare(LocalStackConfig config) {
        try {
            if (config.fresh()) {
                FilePermissions.deleteRecursively(config.dataDir());
                FilePermissions.deleteRecursively(ElasticsearchFiles.workDir(config.dataDir()));
            }
            FilePermissions.createReadableDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data directory " + config.dataDir(), e);
        }
    }

    /* Own threads rather than the common pool, which has a single thread on a two-core machine. */
    private static List<RuntimeException> inParallel(Runnable... tasks) {
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        for (Runnable task : tasks) {
            CompletableFuture<Void> future = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    task.run();
                    future.complete(null);
                } catch (Throwable e) {
                    future.completeExceptionally(e);
                }
            }, "newsflow-local-stack");
            thread.setDaemon(true);
            thread.start();
            futures.add(future);
        }
        List<RuntimeException> failures = new ArrayList<>();
        for (CompletableFuture<Void> future : futures) {
            try {
                future.join();
            } catch (CompletionException e) {
                failures.add(e.getCause() instanceof RuntimeException r ? r
                        : new LocalStackException(String.valueOf(e.getCause()), e.getCause()));
            }
        }
        return failures;
    }

    private static void delete(Path dir) {
        try {
            FilePermissions.deleteRecursively(dir);
        } catch (IOException e) {
            // leftovers in a temporary directory are not worth failing a shutdown for
        }
    }
}
