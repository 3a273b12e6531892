package io.newsflow.kafka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.newsflow.model.EventJson;

/** A real Spring Boot web app with the key set: the auto-configured filters guard it end to end. */
@SpringBootTest(classes = WebSecurityAutoConfigurationTest.TinyApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "newsflow.security.api-key=test-key-123",
                "newsflow.security.max-request-bytes=2KB",
                "spring.autoconfigure.exclude=org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration,"
                        + "io.newsflow.kafka.PipelineKafkaAutoConfiguration"})
class WebSecurityAutoConfigurationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Test
    void refusesPostWithoutKeyWithJson401() throws Exception {
        HttpResponse<String> response = send(post("{}"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(EventJson.mapper().readTree(response.body()).path("status").asInt()).isEqualTo(401);
    }

    @Test
    void acceptsPostWithTheKey() throws Exception {
        HttpResponse<String> response = send(post("hello").header("X-Api-Key", "test-key-123"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("got 5 bytes");
    }

    @Test
    void leavesGetOpen() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri()).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("open");
    }

    @Test
    void refusesBodyOverTheLimitWith413() throws Exception {
        HttpResponse<String> response = send(post("x".repeat(3000)).header("X-Api-Key", "test-key-123"));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413");
    }

    @Test
    void refusesChunkedBodyOverTheLimitWith413() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri()).header("X-Api-Key", "test-key-123")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[3000]))));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void passesChunkedBodyWithinTheLimit() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri()).header("X-Api-Key", "test-key-123")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[1500]))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("got 1500 bytes");
    }

    private URI uri() {
        return URI.create("http://localhost:" + port + "/api/echo");
    }

    private HttpRequest.Builder post(String body) {
        return HttpRequest.newBuilder(uri()).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TinyApp {

        @RestController
        static class EchoController {

            @PostMapping("/api/echo")
            String echo(@RequestBody(required = false) byte[] body) {
                return "got " + (body == null ? 0 : body.length) + " bytes";
            }

            @GetMapping("/api/echo")
            String read() {
                return "open";
            }
        }
    }
}
