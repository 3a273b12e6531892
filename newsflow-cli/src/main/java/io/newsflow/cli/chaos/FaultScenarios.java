package io.newsflow.cli.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.newsflow.cli.stack.Service;
import io.newsflow.cli.stack.ServiceProcess;

/**
 * Scenarios that break the running pipeline while articles flow through it. The articles are posted in chunks; each
 * fault strikes as soon as the first article of the chunk before it is indexed, so the rest is in flight.
 */
final class FaultScenarios {

    private static final Duration POST_PATIENCE = Duration.ofMinutes(3);

    private final ChaosRig rig;
    private final ChaosOptions options;
    private final Audit audit;

    FaultScenarios(ChaosRig rig, ChaosOptions options) {
        this.rig = rig;
        this.options = options;
        this.audit = new Audit(rig.ledger(), options.recoveryTimeout());
    }

    /** kill -9 of {@code service} mid-stream, {@code kills} times, each followed by a restart. */
    ScenarioResult killRepeatedly(String name, Service service) throws Exception {
        Stream stream = new Stream(name, options.kills() + 1);
        Instant repaired = Instant.now();
        for (int round = 0; round < options.kills(); round++) {
            stream.postChunkAndAwaitFirst(round);
            rig.pipeline().kill(service);
            rig.pipeline().restart(service);
            repaired = Instant.now();
        }
        stream.postChunk(options.kills());
        return stream.settle(repaired);
    }

    /** Elasticsearch stopped while articles are indexed; articles keep arriving during the outage. */
    ScenarioResult elasticsearchOutage(String name) throws Exception {
        Stream stream = new Stream(name, 3);
        stream.postChunkAndAwaitFirst(0);
        rig.stack().elasticsearch().stop();
        Instant stopped = Instant.now();
        stream.postChunk(1);
        Thread.sleep(Math.max(0, options.esOutage().toMillis() - Duration.between(stopped, Instant.now()).toMillis()));
        rig.stack().elasticsearch().start();
        Instant repaired = Instant.now();
        stream.postChunk(2);
        return stream.settle(repaired);
    }

    /** The Kafka broker restarted while articles are posted and processed. */
    ScenarioResult kafkaRestart(String name) throws Exception {
        Stream stream = new Stream(name, 3);
        stream.postChunkAndAwaitFirst(0);
        CompletableFuture<Void> during = stream.postChunkInBackground(1);
        rig.stack().kafka().restart();
        Instant repaired = Instant.now();
        during.get();
        stream.postChunk(2);
        return stream.settle(repaired);
    }

    /** A second tagger joins the consumer group; one of the two is killed mid-stream and the other takes over. */
    ScenarioResult rebalance(String name) throws Exception {
        Stream stream = new Stream(name, 2);
        ServiceProcess second = rig.pipeline().startExtra(Service.TAGGER, "tagger-service-2", ServiceProcess.freePort(),
                java.util.Map.of("newsflow.tagger.instance-id", "chaos-tagger-2"));
        stream.postChunkAndAwaitFirst(0);
        second.kill();
        Instant repaired = Instant.now();
        stream.postChunk(1);
        return stream.settle(repaired);
    }

    /** One scenario's articles, split into chunks, and what ingest took of them. */
    private final class Stream {

        private final String name;
        private final String prefix;
        private final List<List<String>> chunks;
        private final Set<String> accepted = ConcurrentHashMap.newKeySet();
        private int sent;

        Stream(String name, int chunkCount) {
            this.name = name;
            this.prefix = "chaos-" + name + "-";
            List<String> articles = SyntheticNews.articles("chaos-" + name, options.articles());
            int size = (articles.size() + chunkCount - 1) / chunkCount;
            this.chunks = new java.util.ArrayList<>();
            for (int from = 0; from < articles.size(); from += size) {
                chunks.add(articles.subList(from, Math.min(articles.size(), from + size)));
            }
            while (chunks.size() < chunkCount) {
                chunks.add(List.of());
            }
        }

        void postChunk(int index) throws InterruptedException {
            List<String> chunk = chunks.get(index);
            for (int from = 0; from < chunk.size(); from += 5) {
                List<String> batch = chunk.subList(from, Math.min(chunk.size(), from + 5));
                Intake.Outcome outcome = rig.intake().postArticles(batch, POST_PATIENCE);
                outcome.statusById().forEach((id, status) -> {
                    if (Intake.taken(status)) {
                        accepted.add(id);
                    }
                });
                synchronized (this) {
                    sent += batch.size();
                }
            }
        }

        CompletableFuture<Void> postChunkInBackground(int index) {
            return CompletableFuture.runAsync(() -> {
                try {
                    postChunk(index);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }, runnable -> new Thread(runnable, "chaos-feeder").start());
        }

        /** Posts the chunk, then waits until one of its articles is indexed: the rest is then in the pipeline. */
        void postChunkAndAwaitFirst(int index) throws InterruptedException {
            postChunk(index);
            Instant deadline = Instant.now().plus(options.recoveryTimeout());
            List<String> ids = chunks.get(index).stream().map(json -> io.newsflow.model.EventJson.mapper().readTree(json)
                    .path("id").asString()).toList();
            while (Instant.now().isBefore(deadline)
                    && ids.stream().noneMatch(rig.ledger().documents(prefix)::containsKey)) {
                Thread.sleep(200); // polling interval: the fault must strike while the chunk is in flight
            }
        }

        ScenarioResult settle(Instant repaired) throws InterruptedException {
            return audit.settle(name, prefix, sent, Set.copyOf(accepted), Set.of(), repaired);
        }
    }
}
