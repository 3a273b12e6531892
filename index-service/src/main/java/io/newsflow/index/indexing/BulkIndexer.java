package io.newsflow.index.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.RequestOptions;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseListener;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.util.BinaryData;

/**
 * Writes documents to Elasticsearch in bulk requests shared by all consumer threads (sent when full by count or bytes,
 * on {@link #flush()}, and after the flush interval) and tells each caller what became of its document. Documents
 * use external versioning ({@code version_type=external_gte}), so a redelivered older version never overwrites a
 * newer one. Item-level 429s and failed bulk requests (Elasticsearch down, timeouts) are retried with exponential
 * back-off until they succeed or the caller cancels the future; documents Elasticsearch refuses for good complete as
 * {@link IndexOutcome.Status#REJECTED}.
 * <p>
 * The client's {@code BulkIngester} is not used: with several threads calling {@code flush()} it can lose a wake-up
 * and leave a consumer blocked until the next bulk request completes (measured: minutes at the end of a burst).
 * Here a semaphore bounds the requests in flight, and a caller only ever waits for a free request slot.
 */
public class BulkIndexer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BulkIndexer.class);
    /**
     * What the outcome of an item needs, and what the client's deserialiser insists on ({@code took}, {@code errors},
     * each item's {@code _index}): Elasticsearch writes a third of the default answer.
     */
    static final String RESPONSE_FIELDS = "took,errors,items.*._index,items.*.status,items.*.error";
    private static final ContentType NDJSON = ContentType.create("application/x-ndjson");

    private final Rest5Client client;
    private final RequestOptions requestOptions;
    private final JsonpMapper mapper;
    private final Map<String, byte[]> quotedIndices = new ConcurrentHashMap<>();
    private final int maxActions;
    private final long maxBytes;
    private final int maxRequests;
    private final Semaphore requestSlots;
    private final ScheduledExecutorService scheduler;
    private final long retryBackoffMillis;
    private final long retryMaxBackoffMillis;
    private final AtomicInteger executions = new AtomicInteger();
    private List<Pending> buffer = new ArrayList<>();
    private long bufferBytes;

    /**
     * Sends through the low-level client under {@code client}'s transport, which must be the {@link Rest5ClientTransport}
     * Spring Boot and {@code ElasticsearchClient.of(..)} build; the client's transport options' headers and query
     * parameters go with every request.
     */
    public BulkIndexer(ElasticsearchClient client, IndexingProperties properties) {
        if (!(client._transport() instanceof Rest5ClientTransport transport)) {
            throw new IllegalArgumentException("bulk indexing needs the Rest5Client transport, not "
                    + client._transport().getClass().getName());
        }
        this.client = transport.restClient();
        this.requestOptions = requestOptions(client._transportOptions() != null ? client._transportOptions()
                : transport.options());
        this.mapper = client._jsonpMapper();
        this.maxActions = properties.bulkActions();
        this.maxBytes = properties.bulkSize().toBytes();
        this.maxRequests = properties.maxConcurrentRequests();
        this.requestSlots = new Semaphore(maxRequests);
        this.retryBackoffMillis = properties.retryBackoff().toMillis();
        this.retryMaxBackoffMillis = properties.retryMaxBackoff().toMillis();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bulk-indexer");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.flushInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::flushQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    /**
     * Queues {@code document} (one line of JSON as {@link BinaryData}, or an object the client's mapper serialises)
     * for index {@code index} under {@code id} at {@code version}; blocks while the buffer is full and every request
     * slot is taken. The future completes once Elasticsearch answered for good; cancel it to
     * stop further retries.
     */
    public CompletableFuture<IndexOutcome> index(String index, String id, long version, Object document) {
        // Serialised here, on the caller's thread: it sizes the request and spreads the work over the consumers.
        BinaryData source = document instanceof BinaryData json ? json : BinaryData.of(document, mapper);
        byte[] action = BulkBody.actionLine(quotedIndices.computeIfAbsent(index, BulkBody::quote), id, version);
        ByteBuffer bytes;
        try {
            bytes = source.asByteBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the document of " + id, e);
        }
        Pending pending = new Pending(id, action, bytes, action.length + bytes.remaining() + 1L,
                new CompletableFuture<>(), new AtomicInteger());
        add(pending);
        return pending.result();
    }

    /** Sends whatever is queued now instead of waiting for the buffer to fill or the flush interval. */
    public void flush() {
        send(drain(false));
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        flush();
        try {
            if (!requestSlots.tryAcquire(maxRequests, 30, TimeUnit.SECONDS)) {
                log.warn("Closing with bulk requests still in flight");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void add(Pending pending) {
        List<Pending> full;
        synchronized (this) {
            buffer.add(pending);
            bufferBytes += pending.bytes();
            full = drain(true);
        }
        send(full);
    }

    /** Takes the buffer when {@code onlyIfFull} is false or it reached a limit; an empty list otherwise. */
    private synchronized List<Pending> drain(boolean onlyIfFull) {
        if (buffer.isEmpty() || onlyIfFull && buffer.size() < maxActions && bufferBytes < maxBytes) {
            return List.of();
        }
        List<Pending> taken = buffer;
        buffer = new ArrayList<>(Math.min(maxActions, 1_024));
        bufferBytes = 0;
        return taken;
    }

    private void send(List<Pending> batch) {
        // A caller gave up on these (batch timeout): nothing waits for their answer any more.
        List<Pending> live = batch.stream().filter(p -> !p.result().isDone()).toList();
        if (live.isEmpty()) {
            return;
        }
        requestSlots.acquireUninterruptibly();
        long execution = executions.incrementAndGet();
        try {
            Request request = new Request("POST", "/_bulk");
            request.addParameter("filter_path", RESPONSE_FIELDS);
            request.setOptions(requestOptions);
            request.setEntity(new ByteArrayEntity(BulkBody.of(live), NDJSON));
            client.performRequestAsync(request, new ResponseListener() {
                @Override
                public void onSuccess(Response response) {
                    requestSlots.release();
                    List<BulkResponseItem> items;
                    try {
                        items = itemsOf(response);
                    } catch (IOException | RuntimeException e) {
                        BulkIndexer.this.onFailure(execution, live, e);
                        return;
                    }
                    onResponse(execution, live, items);
                }

                @Override
                public void onFailure(Exception failure) {
                    requestSlots.release();
                    BulkIndexer.this.onFailure(execution, live, failure);
                }
            });
        } catch (RuntimeException e) {
            requestSlots.release();
            onFailure(execution, live, e);
        }
    }

    /** The answer's items, null when all were indexed; a whole request Elasticsearch refused is an exception. */
    private List<BulkResponseItem> itemsOf(Response response) throws IOException {
        byte[] body = EntityUtils.toByteArray(response.getEntity());
        int status = response.getStatusCode();
        if (status / 100 != 2) {
            throw new IllegalStateException("Elasticsearch answered " + status + ": "
                    + (body == null ? "" : new String(body, 0, Math.min(body.length, 500), StandardCharsets.UTF_8)));
        }
        return BulkAnswer.itemsUnlessAllIndexed(body, mapper);
    }

    /** {@code items} null: Elasticsearch indexed every document. */
    private void onResponse(long execution, List<Pending> sent, List<BulkResponseItem> items) {
        if (items == null) {
            sent.forEach(pending -> pending.result().complete(IndexOutcome.INDEXED));
            return;
        }
        int retried = 0;
        for (int i = 0; i < sent.size(); i++) {
            Pending pending = sent.get(i);
            IndexOutcome outcome = i < items.size() ? outcomeOf(items.get(i)) : null;
            if (outcome == null) {
                retried++;
                retry(pending, i < items.size() ? "status " + items.get(i).status() : "no answer in the bulk response");
            } else {
                pending.result().complete(outcome);
            }
        }
        if (retried > 0) {
            log.warn("Bulk request {}: {} of {} documents refused for now (429/5xx), retrying with back-off",
                    execution, retried, sent.size());
        }
    }

    private void onFailure(long execution, List<Pending> sent, Throwable failure) {
        int attempt = sent.stream().mapToInt(p -> p.attempts().get()).max().orElse(0) + 1;
        log.warn("Bulk request {} with {} documents failed (attempt {}), retrying in {}: {}", execution, sent.size(),
                attempt, Duration.ofMillis(backoffMillis(attempt)), failure.toString());
        sent.forEach(pending -> retry(pending, failure.toString()));
    }

    private void retry(Pending pending, String why) {
        if (pending.result().isDone()) {
            return;
        }
        int attempt = pending.attempts().incrementAndGet();
        long delay = backoffMillis(attempt);
        log.debug("Retrying {} in {} ms (attempt {}): {}", pending.id(), delay, attempt, why);
        try {
            scheduler.schedule(() -> {
                if (!pending.result().isDone()) {
                    add(pending);
                }
            }, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Not retrying {}: the indexer is closing", pending.id());
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Periodic bulk flush failed: {}", e.toString());
        }
    }

    private long backoffMillis(int attempt) {
        return backoffMillis(attempt, retryBackoffMillis, retryMaxBackoffMillis);
    }

    /** {@code first} doubled per attempt after the first, capped at {@code max}. */
    static long backoffMillis(int attempt, long first, long max) {
        int doublings = Math.max(0, Math.min(attempt - 1, 30));
        return Math.min(max, first << doublings);
    }

    /** A 409 under external versioning means the index already holds this or a newer version. */
    static IndexOutcome outcomeOf(BulkResponseItem item) {
        ErrorCause error = item.error();
        if (error == null) {
            return IndexOutcome.INDEXED;
        }
        if (item.status() == 409) {
            return IndexOutcome.SUPERSEDED;
        }
        if (isTransient(item.status())) {
            return null;
        }
        return IndexOutcome.rejected(new DocumentRejectedException(describe(error)));
    }

    static boolean isTransient(int status) {
        return status == 429 || status == 408 || status >= 502;
    }

    static String describe(ErrorCause error) {
        StringBuilder text = new StringBuilder().append(error.type()).append(": ").append(error.reason());
        for (ErrorCause cause = error.causedBy(); cause != null; cause = cause.causedBy()) {
            text.append(" (caused by ").append(cause.type()).append(": ").append(cause.reason()).append(')');
        }
        return text.toString();
    }

    private static RequestOptions requestOptions(TransportOptions options) {
        RequestOptions.Builder builder = RequestOptions.DEFAULT.toBuilder();
        // The body is NDJSON and the answer plain JSON: Elasticsearch refuses a compatibility media type in Accept
        // that Content-Type does not repeat.
        options.headers().stream().filter(header -> !"Content-Type".equalsIgnoreCase(header.getKey())
                        && !"Accept".equalsIgnoreCase(header.getKey()))
                .forEach(header -> builder.addHeader(header.getKey(), header.getValue()));
        options.queryParameters().forEach(builder::addParameter);
        return builder.build();
    }

    private record Pending(String id, byte[] action, ByteBuffer source, long bytes,
                           CompletableFuture<IndexOutcome> result, AtomicInteger attempts) implements BulkBody.Line {
    }
}
