package io.newsflow.ingest.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;

import io.newsflow.ingest.publish.EventPublisher;
import io.newsflow.model.EventJson;

/** {@code /api/feeds}: register, list, inspect, pause, resume, poll now and remove feeds. */
@RestController
@RequestMapping("/api/feeds")
class FeedController {

    private final FeedRegistry registry;
    private final FeedPoller poller;
    private final EventPublisher publisher;

    FeedController(FeedRegistry registry, FeedPoller poller, EventPublisher publisher) {
        this.registry = registry;
        this.poller = poller;
        this.publisher = publisher;
    }

    /**
     * A feed to register.
     *
     * @param url          feed URL (http or https, public address unless allowed)
     * @param id           optional id; derived from the URL when absent
     * @param pollInterval optional, "90s", "5m" or ISO-8601 "PT5M"
     * @param paused       optional, register without polling
     */
    record NewFeed(String url, String id, String pollInterval, Boolean paused) {
    }

    @GetMapping
    List<FeedView> list() {
        return registry.views();
    }

    @GetMapping("/{id}")
    FeedView get(@PathVariable String id) {
        return registry.get(id).view();
    }

    /**
     * Registers a feed. The body is read here rather than bound by Spring, so that a body that is not a registration
     * gets the same 400 with the reason, and the same dead letter with what was posted, as a refused feed.
     */
    @PostMapping
    ResponseEntity<FeedView> add(@RequestBody(required = false) byte[] body) {
        NewFeed feed = null;
        try {
            feed = parse(body);
            Duration interval = feed.pollInterval() == null ? null : parseInterval(feed.pollInterval());
            FeedState state = registry.add(feed.id(), feed.url(), interval, feed.paused() != null && feed.paused());
            return ResponseEntity.status(HttpStatus.CREATED).body(state.view());
        } catch (FeedRejectedException | FeedFetchException | IllegalArgumentException e) {
            publisher.reject(feed == null ? null : feed.id(), body == null ? null : new String(body, StandardCharsets.UTF_8),
                    "feed registration refused: " + e.getMessage(), e.getClass());
            throw e;
        }
    }

    private static NewFeed parse(byte[] body) {
        String expected = "a JSON object such as {\"url\": \"https://example.com/feed.xml\"}";
        if (body == null || body.length == 0) {
            throw new IllegalArgumentException("expected " + expected + ", got an empty body");
        }
        try {
            NewFeed feed = EventJson.mapper().readValue(body, NewFeed.class);
            if (feed == null) {
                throw new IllegalArgumentException("expected " + expected + ", got null");
            }
            return feed;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("expected " + expected + ": " + e.getOriginalMessage());
        }
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable String id) {
        if (!registry.remove(id)) {
            throw new FeedRegistry.UnknownFeedException(id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/pause")
    FeedView pause(@PathVariable String id) {
        return registry.paused(id, true).view();
    }

    @PostMapping("/{id}/resume")
    FeedView resume(@PathVariable String id) {
        return registry.paused(id, false).view();
    }

    @PostMapping("/{id}/poll")
    FeedView pollNow(@PathVariable String id) {
        return poller.pollNow(id);
    }

    private static Duration parseInterval(String text) {
        try {
            return DurationStyle.detectAndParse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pollInterval: \"" + text + "\" is not a duration such as 90s, 5m or PT5M");
        }
    }

    @ExceptionHandler(FeedRegistry.UnknownFeedException.class)
    ResponseEntity<Map<String, Object>> unknown(RuntimeException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(FeedRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(RuntimeException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<Map<String, Object>> conflict(RuntimeException e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(FeedFetchException.class)
    ResponseEntity<Map<String, Object>> unresolvable(RuntimeException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "error", message, "problems", List.of(message)));
    }
}
