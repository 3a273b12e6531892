package io.newsflow.ingest.intake;

import org.springframework.stereotype.Component;

import io.newsflow.ingest.publish.EventPublisher;
import io.newsflow.kafka.web.RefusedRequestListener;

/**
 * A body over {@code newsflow.security.max-request-bytes} is refused by the shared filter before intake sees it; this
 * records it as a dead letter like intake's own refusals, with the reason and without the body, which was not read.
 */
@Component
class OversizeRequestDeadLetters implements RefusedRequestListener {

    private final EventPublisher publisher;

    OversizeRequestDeadLetters(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void refused(String method, String path, String reason) {
        publisher.reject(null, null, method + " " + path + ": " + reason, null);
    }
}
