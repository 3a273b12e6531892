package io.newsflow.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.newsflow.model.InvalidEventException;

class RequestBodyReaderTest {

    @Test
    void rejectsBodyThatIsNotUtf8InsteadOfGarblingIt() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"id\":\"a1\",\"title\":\"Broken ".getBytes(StandardCharsets.UTF_8));
        body.write(0xC3); // a lead byte with no continuation
        body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> RequestBodyReader.articles(body.toByteArray(), false))
                .isInstanceOf(IntakeException.class)
                .hasMessageStartingWith("request body is not valid UTF-8");
    }

    @Test
    void acceptsMultiByteUtf8() {
        byte[] body = "{\"id\":\"a1\",\"title\":\"Zürich raises €1.8 billion — 東京\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(RequestBodyReader.articles(body, false).get(0).node().path("title").asString())
                .isEqualTo("Zürich raises €1.8 billion — 東京");
    }

    @Test
    void splitsJsonLinesKeepingLineNumbersAndLeavesABrokenLineToItsArticle() {
        byte[] body = "{\"id\":\"a1\"}\r\n\n{broken\n  \n{\"id\":\"a3\"}".getBytes(StandardCharsets.UTF_8);

        var articles = RequestBodyReader.articles(body, true);

        assertThat(articles).extracting(PostedArticle::lineNumber).containsExactly(1, 3, 5);
        assertThat(articles.get(0).node().path("id").asString()).isEqualTo("a1");
        assertThat(articles.get(2).node().path("id").asString()).isEqualTo("a3");
        assertThat(articles.get(1).payload()).isEqualTo("{broken");
        assertThatThrownBy(() -> articles.get(1).node()).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("line 3 is not valid JSON");
    }
}
