package io.newsflow.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.ingest.dedup.NearDuplicateDetector;
import io.newsflow.ingest.normalize.ArticleNormalizer;
import io.newsflow.model.EventJson;
import io.newsflow.model.RawFeedItem;
import io.newsflow.model.Topics;

class IngestPipelineHandoverTest {

    private static final String BODY = "<p>Acme agreed to buy Widgets for $1.2 billion in cash.</p><p>The deal needs approval.</p>";

    private static RawFeedItem item(String id) {
        return new RawFeedItem(Topics.SCHEMA_VERSION, "http", null, id, "https://wire.example/" + id, null, "Wire",
                "Acme to buy Widgets", BODY, "2024-05-01T10:00:00Z", null, Instant.parse("2024-05-01T10:05:00Z"));
    }

    private static IngestPipeline pipeline(int handoverEntries) {
        return new IngestPipeline(ArticleNormalizer.standalone(), NearDuplicateDetector.inMemory(), null, null, handoverEntries);
    }

    @Test
    void listenerReusesWhatIntakeWorkedOutForTheSameRawItemAfterItsRoundTripThroughKafka() {
        IngestPipeline pipeline = pipeline(10);
        RawFeedItem posted = item("a-1");
        Normalised atIntake = pipeline.normalizeForIntake(posted);
        pipeline.handOver(posted, atIntake);
        RawFeedItem consumed = EventJson.fromBytes(EventJson.toBytes(posted), RawFeedItem.class);

        assertThat(pipeline.normalize(consumed)).isSameAs(atIntake);
        assertThat(pipeline.normalize(consumed)).as("taken once").isNotSameAs(atIntake);
    }

    @Test
    void handedOverResultIsExactlyWhatTheListenerWouldComputeItself() {
        RawFeedItem posted = item("a-2");
        Normalised atIntake = pipeline(10).normalizeForIntake(posted);
        Normalised recomputed = pipeline(0).normalize(posted);

        assertThat(recomputed.article()).isEqualTo(atIntake.article());
        assertThat(recomputed.fingerprint().contentHash()).isEqualTo(atIntake.fingerprint().contentHash());
        assertThat(recomputed.fingerprint().signature()).containsExactly(atIntake.fingerprint().signature());
    }

    @Test
    void changedRawItemOrEvictedEntryIsNormalisedAfresh() {
        IngestPipeline pipeline = pipeline(1);
        RawFeedItem first = item("a-3");
        Normalised kept = pipeline.normalizeForIntake(first);
        pipeline.handOver(first, kept);
        pipeline.handOver(item("a-4"), pipeline.normalizeForIntake(item("a-4")));

        assertThat(pipeline.normalize(first)).as("evicted by a-4").isNotSameAs(kept);
        RawFeedItem edited = new RawFeedItem(first.schemaVersion(), first.origin(), null, first.id(), first.url(), null,
                first.source(), "Acme drops Widgets bid", BODY, first.published(), null, first.receivedAt());
        assertThat(pipeline.normalize(edited).article().title()).isEqualTo("Acme drops Widgets bid");
    }
}
