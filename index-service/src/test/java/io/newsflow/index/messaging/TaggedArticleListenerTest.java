package io.newsflow.index.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.kafka.support.Acknowledgment;

import io.newsflow.index.indexing.ArticleIndexer;
import io.newsflow.index.indexing.DocumentRejectedException;
import io.newsflow.index.indexing.IndexOutcome;
import io.newsflow.index.indexing.IndexingProperties;
import io.newsflow.kafka.DeadLetterRecoverer;
import io.newsflow.model.TaggedArticle;
import io.newsflow.model.Topics;

class TaggedArticleListenerTest {

    private static final Duration PAUSE = Duration.ofSeconds(2);
    private static final IndexingProperties SETTINGS =
            new IndexingProperties(null, null, null, null, null, null, PAUSE, Duration.ofMillis(100));

    private final FakeIndexer indexer = new FakeIndexer();
    private final RecordingDeadLetters deadLetters = new RecordingDeadLetters();
    private final RecordingAck ack = new RecordingAck();
    private final TaggedArticleListener listener = new TaggedArticleListener(indexer, deadLetters, SETTINGS);

    @Test
    void acknowledgesTheBatchOnceEveryRecordIsAnsweredAndDeadLettersTheRejectedOnes() {
        indexer.answer("a", IndexOutcome.Status.INDEXED);
        indexer.reject("b", "document_parsing_exception: failed to parse field [published]");
        indexer.answer("c", IndexOutcome.Status.SUPERSEDED);

        listener.onBatch(List.of(tagged(0, "a"), tagged(1, "b"), record(2, "not-an-article", "plain text"), tagged(3, "c")), ack);

        assertThat(ack.acknowledged).isTrue();
        assertThat(ack.nackIndex).isNull();
        assertThat(deadLetters.reasons).containsExactly(
                Map.entry("b", "document_parsing_exception: failed to parse field [published]"),
                Map.entry("not-an-article", "expected a TaggedArticle, found java.lang.String"));
    }

    @Test
    void handsBackEverythingFromTheFirstUnansweredRecordAndStopsItsRetries() {
        indexer.answer("a", IndexOutcome.Status.INDEXED);
        indexer.reject("b", "mapper_parsing_exception: bad value");
        CompletableFuture<IndexOutcome> stuck = indexer.hang("c");
        indexer.answer("d", IndexOutcome.Status.INDEXED);

        listener.onBatch(List.of(tagged(0, "a"), tagged(1, "b"), tagged(2, "c"), tagged(3, "d")), ack);

        assertThat(ack.acknowledged).isFalse();
        assertThat(ack.nackIndex).isEqualTo(2);
        assertThat(ack.nackSleep).isEqualTo(PAUSE);
        assertThat(deadLetters.reasons).containsOnlyKeys("b");
        assertThat(stuck).isCancelled();
    }

    @Test
    void stopsWaitingForElasticsearchShortlyAfterShutdownBegins() {
        // a batch timeout far longer than the test may take: only the shutdown can end the wait
        TaggedArticleListener patient = new TaggedArticleListener(indexer, deadLetters,
                new IndexingProperties(null, null, null, null, null, null, PAUSE, Duration.ofMinutes(10)));
        indexer.answer("a", IndexOutcome.Status.INDEXED);
        CompletableFuture<IndexOutcome> stuck = indexer.hang("b");

        patient.stopWaitingAfter(Duration.ofMillis(300));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> patient.onBatch(List.of(tagged(0, "a"), tagged(1, "b")), ack));

        assertThat(ack.acknowledged).isFalse();
        assertThat(ack.nackIndex).isEqualTo(1);
        assertThat(stuck).isCancelled();
    }

    @Test
    void theGraceStartsWhenTheApplicationContextCloses() {
        IndexingProperties patientSettings = new IndexingProperties(null, null, null, null, null, null, PAUSE, Duration.ofMinutes(10));
        TaggedArticleListener bean;
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(ArticleIndexer.class, () -> indexer);
            context.registerBean(DeadLetterRecoverer.class, () -> deadLetters);
            context.registerBean(IndexingProperties.class, () -> patientSettings);
            context.register(TaggedArticleListener.class);
            context.refresh();
            bean = context.getBean(TaggedArticleListener.class);
        }
        CompletableFuture<IndexOutcome> stuck = indexer.hang("a");

        assertTimeoutPreemptively(TaggedArticleListener.SHUTDOWN_GRACE.multipliedBy(4), () -> bean.onBatch(List.of(tagged(0, "a")), ack));

        assertThat(ack.nackIndex).isZero();
        assertThat(stuck).isCancelled();
    }

    @Test
    void pausesWithoutIndexingWhileTheIndexCannotBeCreated() {
        indexer.ready = false;

        listener.onBatch(List.of(tagged(0, "a")), ack);

        assertThat(ack.nackIndex).isZero();
        assertThat(indexer.submitted).isEmpty();
        assertThat(deadLetters.reasons).isEmpty();
    }

    private static ConsumerRecord<String, Object> tagged(long offset, String id) {
        return record(offset, id, new TaggedArticle(Topics.SCHEMA_VERSION, id, "https://example.com/" + id, "Wire",
                "Title " + id, "Body " + id, java.time.Instant.EPOCH, "en", null, null, null, null, null, 1, null));
    }

    private static ConsumerRecord<String, Object> record(long offset, String key, Object value) {
        return new ConsumerRecord<>(Topics.TAGGED_ARTICLES, 0, offset, key, value);
    }

    private static final class FakeIndexer extends ArticleIndexer {

        private final Map<String, CompletableFuture<IndexOutcome>> outcomes = new HashMap<>();
        private final List<String> submitted = new ArrayList<>();
        private boolean ready = true;

        FakeIndexer() {
            super(null, null);
        }

        void answer(String id, IndexOutcome.Status status) {
            outcomes.put(id, CompletableFuture.completedFuture(new IndexOutcome(status, null)));
        }

        void reject(String id, String reason) {
            outcomes.put(id, CompletableFuture.completedFuture(IndexOutcome.rejected(new DocumentRejectedException(reason))));
        }

        CompletableFuture<IndexOutcome> hang(String id) {
            outcomes.put(id, new CompletableFuture<>());
            return outcomes.get(id);
        }

        @Override
        public boolean ensureIndex() {
            return ready;
        }

        @Override
        public CompletableFuture<IndexOutcome> index(TaggedArticle article) {
            submitted.add(article.id());
            return outcomes.get(article.id());
        }

        @Override
        public void flush() {
        }
    }

    private static final class RecordingDeadLetters extends DeadLetterRecoverer {

        private final Map<String, String> reasons = new java.util.LinkedHashMap<>();

        RecordingDeadLetters() {
            super(null, "index-service", Clock.systemUTC());
        }

        @Override
        public void accept(ConsumerRecord<?, ?> record, Exception exception) {
            reasons.put((String) record.key(), exception.getMessage());
        }
    }

    private static final class RecordingAck implements Acknowledgment {

        private boolean acknowledged;
        private Integer nackIndex;
        private Duration nackSleep;

        @Override
        public void acknowledge() {
            acknowledged = true;
        }

        @Override
        public void nack(int index, Duration sleep) {
            nackIndex = index;
            nackSleep = sleep;
        }
    }
}
