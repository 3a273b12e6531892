package io.newsflow.ingest.intake;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.newsflow.ingest.publish.EventPublisher.PublishException;

/** Every error answer is JSON: {@code {"status": 400, "error": "...", "problems": ["..."]}}. */
@RestControllerAdvice
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    static ResponseEntity<Map<String, Object>> body(HttpStatus status, String error, List<String> problems) {
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "error", error, "problems", problems));
    }

    @ExceptionHandler(IntakeException.class)
    ResponseEntity<Map<String, Object>> intake(IntakeException e) {
        return body(e.status(), e.getMessage(), e.problems());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> badArgument(IllegalArgumentException e) {
        return body(HttpStatus.BAD_REQUEST, e.getMessage(), List.of(e.getMessage()));
    }

    @ExceptionHandler(PublishException.class)
    ResponseEntity<Map<String, Object>> kafkaDown(PublishException e) {
        log.error("Kafka did not take a record: {}", e.getMessage());
        return body(HttpStatus.SERVICE_UNAVAILABLE, "Kafka is not available, try again later", List.of(e.getMessage()));
    }
}
