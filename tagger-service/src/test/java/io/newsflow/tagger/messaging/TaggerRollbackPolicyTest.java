package io.newsflow.tagger.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import io.newsflow.model.InvalidEventException;

class TaggerRollbackPolicyTest {

    @Test
    void treatsABrokerThatDoesNotAnswerAsAnOutageToRetryWithoutLimit() {
        var failedSend = new ListenerExecutionFailedException("Listener failed",
                new ExecutionException(new TimeoutException("Expiring 1 record(s) for newsflow.tagged-articles-0")));

        assertThat(TaggerRollbackPolicy.isKafkaOutage(failedSend)).isTrue();
        assertThat(TaggerRollbackPolicy.isKafkaOutage(new java.util.concurrent.TimeoutException("no ack in 30 s"))).isTrue();
        assertThat(TaggerRollbackPolicy.isKafkaOutage(new ProducerFencedException("fenced"))).isTrue();
    }

    @Test
    void doesNotRetryForeverWhatNoBrokerWillEverTake() {
        var tooLarge = new ListenerExecutionFailedException("Listener failed",
                new ExecutionException(new RecordTooLargeException("The message is 3000000 bytes")));

        assertThat(TaggerRollbackPolicy.isKafkaOutage(tooLarge)).isFalse();
    }

    @Test
    void invalidArticlesAndTaggingBugsAreNoOutage() {
        assertThat(TaggerRollbackPolicy.isKafkaOutage(new ListenerExecutionFailedException("Listener failed",
                new InvalidEventException(List.of("title: must not be blank"))))).isFalse();
        assertThat(TaggerRollbackPolicy.isKafkaOutage(new ListenerExecutionFailedException("Listener failed",
                new IllegalStateException("tokenizer failed")))).isFalse();
    }
}
