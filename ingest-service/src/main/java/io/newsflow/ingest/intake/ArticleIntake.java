package io.newsflow.ingest.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

import io.newsflow.ingest.dedup.DedupVerdict;
import io.newsflow.ingest.dedup.Fingerprint;
import io.newsflow.ingest.dedup.NearDuplicateDetector;
import io.newsflow.ingest.pipeline.IngestPipeline;
import io.newsflow.ingest.pipeline.Normalised;
import io.newsflow.ingest.publish.EventPublisher;
import io.newsflow.model.Article;
import io.newsflow.model.InvalidEventException;
import io.newsflow.model.RawFeedItem;
import io.newsflow.model.Topics;

/**
 * Takes posted articles: validates each by normalising it (so the caller hears at once what is wrong), tells
 * whether it copies an article already taken or an earlier one of the same batch, and publishes the accepted ones as
 * raw items; the raw-item listener then publishes the articles, reusing the normalised article and fingerprint
 * handed over by this intake instead of computing them again. Rejected ones go to the dead-letter topic.
 */
@Service
class ArticleIntake {

    private static final List<String> FIELDS = List.of("id", "source", "url", "published", "language", "title", "body");

    private final IngestPipeline pipeline;
    private final EventPublisher publisher;
    private final IngestProperties properties;
    private final Clock clock;

    ArticleIntake(IngestPipeline pipeline, EventPublisher publisher, IngestProperties properties, Clock clock) {
        this.pipeline = pipeline;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    List<IntakeResult> take(List<JsonNode> nodes, String origin) {
        if (nodes.size() > properties.maxBatchArticles()) {
            throw new IntakeException(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE, nodes.size()
                    + " articles in one request, at most " + properties.maxBatchArticles()
                    + " accepted (newsflow.ingest.max-batch-articles)", List.of());
        }
        Instant now = clock.instant();
        // normalising and fingerprinting are pure and the costly part: spread them over the cores, keep the order
        List<Checked> checked = IntStream.range(0, nodes.size()).parallel()
                .mapToObj(i -> check(nodes.get(i), origin, now)).toList();
        NearDuplicateDetector batch = NearDuplicateDetector.withThreshold(properties.duplicateThreshold());
        List<IntakeResult> results = new ArrayList<>();
        List<RawFeedItem> accepted = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Checked c = checked.get(i);
            if (c.problem() != null) {
                String id = text(nodes.get(i), "id");
                publisher.reject(id, nodes.get(i).toString(), c.problem().getMessage(), InvalidEventException.class);
                results.add(new IntakeResult(i, id, IntakeResult.REJECTED, null, c.problem().problems()));
                continue;
            }
            String id = c.article().id();
            DedupVerdict verdict = pipeline.peek(c.fingerprint());
            String duplicateOf = verdict.duplicateOf();
            DedupVerdict inBatch = batch.record(c.fingerprint());
            if (duplicateOf == null && !verdict.redelivery()) {
                duplicateOf = inBatch.duplicateOf();
            }
            if (verdict.unchanged()) {
                results.add(new IntakeResult(i, id, IntakeResult.UNCHANGED, duplicateOf, List.of()));
                continue;
            }
            accepted.add(c.item());
            pipeline.handOver(c.item(), c.normalised());
            results.add(new IntakeResult(i, id, duplicateOf == null ? IntakeResult.ACCEPTED : IntakeResult.DUPLICATE,
                    duplicateOf, List.of()));
        }
        publisher.raw(accepted, origin);
        return results;
    }

    /** One posted article after validation: the raw item, its article and fingerprint, or why it was refused. */
    private record Checked(RawFeedItem item, Normalised normalised, InvalidEventException problem) {

        Article article() {
            return normalised.article();
        }

        Fingerprint fingerprint() {
            return normalised.fingerprint();
        }
    }

    private Checked check(JsonNode node, String origin, Instant now) {
        try {
            RawFeedItem item = toRawItem(node, origin, now);
            return new Checked(item, pipeline.normalizeForIntake(item), null);
        } catch (InvalidEventException e) {
            return new Checked(null, null, e);
        }
    }

    /** Records a request refused as a whole (too large, not JSON) as a dead letter. */
    void rejectRequest(String payload, IntakeException e) {
        publisher.reject(null, payload, e.getMessage(), IntakeException.class);
    }

    private static RawFeedItem toRawItem(JsonNode node, String origin, Instant now) {
        if (!node.isObject()) {
            throw new InvalidEventException(List.of("expected a JSON object with " + FIELDS + ", got " + node.getNodeType()));
        }
        List<String> problems = new ArrayList<>();
        for (String field : FIELDS) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isString()) {
                problems.add(field + ": must be a string, was " + value.getNodeType());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidEventException(problems);
        }
        return new RawFeedItem(Topics.SCHEMA_VERSION, origin, null, text(node, "id"), text(node, "url"), null,
                text(node, "source"), text(node, "title"), text(node, "body"), text(node, "published"),
                text(node, "language"), now);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null || !node.isObject() ? null : node.get(field);
        return value == null || value.isNull() || !value.isString() ? null : value.asString();
    }

    static Map<String, Long> counts(List<IntakeResult> results) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String status : List.of(IntakeResult.ACCEPTED, IntakeResult.DUPLICATE, IntakeResult.UNCHANGED, IntakeResult.REJECTED)) {
            counts.put(status, results.stream().filter(r -> r.status().equals(status)).count());
        }
        return counts;
    }
}
