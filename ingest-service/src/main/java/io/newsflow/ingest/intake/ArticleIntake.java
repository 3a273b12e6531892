package io.newsflow.ingest.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

import io.newsflow.ingest.pipeline.Decision;
import io.newsflow.ingest.pipeline.InOrder;
import io.newsflow.ingest.pipeline.IngestPipeline;
import io.newsflow.ingest.pipeline.Normalised;
import io.newsflow.ingest.publish.EventPublisher;
import io.newsflow.model.InvalidEventException;
import io.newsflow.model.RawFeedItem;
import io.newsflow.model.Topics;

/**
 * Takes posted articles: normalises each (so the caller hears at once what is wrong), de-duplicates them in request
 * order against everything taken before (including earlier articles of the same request), and publishes the
 * accepted ones on {@link Topics#ARTICLES} with their fingerprints before answering. Rejected ones go to the
 * dead-letter topic. Unlike feed items, posted articles do not pass through the raw topic: the caller keeps them
 * until the answer, which comes only once Kafka has them, so an extra durable hop would only do the work twice.
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

    /** Refuses a request with more articles than {@code newsflow.ingest.max-batch-articles} (413), before any is taken. */
    void checkBatchSize(List<PostedArticle> posted) {
        if (posted.size() > properties.maxBatchArticles()) {
            throw new IntakeException(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE, posted.size()
                    + " articles in one request, at most " + properties.maxBatchArticles()
                    + " accepted (newsflow.ingest.max-batch-articles)", List.of());
        }
    }

    /** Takes the articles of one request that passed {@link #checkBatchSize}. */
    List<IntakeResult> take(List<PostedArticle> posted, String origin) {
        Instant now = clock.instant();
        List<IntakeResult> results = new ArrayList<>(posted.size());
        IngestPipeline.Publication publication = pipeline.publication();
        // parsing lines, normalising, fingerprinting and writing the JSON are pure and the costly part: spread over
        // the cores; de-duplication takes the articles in request order meanwhile and sends the new ones
        try {
            InOrder.map(posted, p -> check(p, origin, now), (i, c) -> results.add(result(i, posted.get(i), c, publication)));
            publication.finish();
        } catch (RuntimeException e) {
            publication.abandon();
            throw e;
        }
        return results;
    }

    /** What becomes of the {@code i}th posted article: dead-lettered with the reasons, or decided and sent. */
    private IntakeResult result(int i, PostedArticle posted, Checked c, IngestPipeline.Publication publication) {
        if (c.problem() != null) {
            String id = text(c.node(), "id");
            publisher.reject(id, posted.payload(), c.problem().getMessage(), InvalidEventException.class);
            return new IntakeResult(i, id, IntakeResult.REJECTED, null, c.problem().problems());
        }
        Decision decision = publication.decide(c.normalised());
        String id = c.normalised().article().id();
        if (decision.unchanged()) {
            return new IntakeResult(i, id, IntakeResult.UNCHANGED, decision.verdict().duplicateOf(), List.of());
        }
        String duplicateOf = decision.article().duplicateOf();
        return new IntakeResult(i, id, duplicateOf == null ? IntakeResult.ACCEPTED : IntakeResult.DUPLICATE,
                duplicateOf, List.of());
    }

    /** One posted article after validation: its JSON (null if it was none), and its article or why it was refused. */
    private record Checked(JsonNode node, Normalised normalised, InvalidEventException problem) {
    }

    private Checked check(PostedArticle posted, String origin, Instant now) {
        JsonNode node = null;
        try {
            node = posted.node();
            return new Checked(node, pipeline.normalize(toRawItem(node, origin, now)), null);
        } catch (InvalidEventException e) {
            return new Checked(node, null, e);
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
