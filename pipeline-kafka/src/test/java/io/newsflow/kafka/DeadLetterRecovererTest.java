package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.model.InvalidEventException;

class DeadLetterRecovererTest {

    @Test
    void reasonComesFromOurInvalidEventRatherThanTheParserBeneathIt() {
        var parser = new IllegalStateException("Unexpected end-of-input at line 1");
        var invalid = new InvalidEventException("malformed Article JSON: Unexpected end-of-input", parser);

        assertThat(DeadLetterRecoverer.rootCause(new RuntimeException("listener failed", invalid))).isSameAs(invalid);
    }

    @Test
    void otherwiseReasonIsTheInnermostCause() {
        var cause = new java.io.IOException("connection refused");

        assertThat(DeadLetterRecoverer.rootCause(new RuntimeException(new IllegalStateException(cause)))).isSameAs(cause);
    }
}
