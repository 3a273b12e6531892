package io.newsflow.ingest.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/articles}: one article object, an array of them, or JSON lines ({@code Content-Type:
 * application/x-ndjson}), in the corpus format (id, source, url, published, language, title, body; other fields
 * ignored). Answers 202 with a result per article, or 400 when nothing could be accepted.
 */
@RestController
@RequestMapping("/api/articles")
class ArticleController {

    private final ArticleIntake intake;
    private final IngestProperties properties;

    ArticleController(ArticleIntake intake, IngestProperties properties) {
        this.intake = intake;
        this.properties = properties;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> post(HttpServletRequest request) throws IOException {
        byte[] body = null;
        List<PostedArticle> articles;
        try {
            body = RequestBodyReader.readCapped(request.getInputStream(), properties.maxRequestBytes());
            String type = request.getContentType() == null ? "" : request.getContentType();
            articles = RequestBodyReader.articles(body, type.contains("ndjson") || type.contains("jsonl") || type.contains("jsonlines"));
            intake.checkBatchSize(articles);
        } catch (IntakeException e) {
            intake.rejectRequest(body == null ? null : new String(body, StandardCharsets.UTF_8), e);
            throw e;
        }
        String origin = "import".equals(request.getHeader("X-Newsflow-Origin")) ? "import" : "http";
        List<IntakeResult> results = intake.take(articles, origin);
        Map<String, Long> counts = ArticleIntake.counts(results);
        boolean nothingTaken = counts.get(IntakeResult.REJECTED) == results.size();
        Map<String, Object> answer = new LinkedHashMap<>(counts);
        answer.put("results", results);
        if (nothingTaken) {
            answer.put("status", HttpStatus.BAD_REQUEST.value());
            answer.put("error", results.size() == 1 ? "article rejected: " + String.join("; ", results.get(0).problems())
                    : "all " + results.size() + " articles rejected");
            answer.put("problems", results.stream().flatMap(r -> r.problems().stream().map(p -> "[" + r.index() + "] " + p)).toList());
            return ResponseEntity.badRequest().body(answer);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(answer);
    }
}
