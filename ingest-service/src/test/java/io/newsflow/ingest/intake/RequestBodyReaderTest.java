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

    @Test
    void rejectsJsonLinesThatAreNotUtf8() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"id\":\"a1\"}\n{\"id\":\"a2\",\"title\":\"".getBytes(StandardCharsets.UTF_8));
        body.write(0xE2); // a three-byte sequence cut after its first byte
        body.write('"');
        body.write('}');

        assertThatThrownBy(() -> RequestBodyReader.articles(body.toByteArray(), true))
                .isInstanceOf(IntakeException.class)
                .hasMessageStartingWith("request body is not valid UTF-8");
    }

    @Test
    void readsJsonLinesWithMultiByteTextStraightFromTheBytes() {
        byte[] body = "\n\n{\"id\":\"a1\",\"title\":\"Zürich — 東京 €\"}\n\u3000\n\u00a0\n{\"id\":\"a2\"}\n"
                .getBytes(StandardCharsets.UTF_8);

        var articles = RequestBodyReader.articles(body, true);

        // numbered as in the stripped body; an ideographic space is blank, a no-break space is not (String.isBlank)
        assertThat(articles).extracting(PostedArticle::lineNumber).containsExactly(1, 3, 4);
        assertThat(articles.get(0).node().path("title").asString()).isEqualTo("Zürich — 東京 €");
        assertThat(articles.get(0).payload()).isEqualTo("{\"id\":\"a1\",\"title\":\"Zürich — 東京 €\"}");
        assertThatThrownBy(() -> articles.get(1).node()).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("line 3 is not valid JSON");
        assertThat(articles.get(2).node().path("id").asString()).isEqualTo("a2");
    }

    @Test
    void rejectsALineWithANulByteAsJsonInsteadOfMisreadingItsEncoding() {
        byte[] body = "{\"id\":\"a1\"}\n{\u0000\"id\":\"a2\"}".getBytes(StandardCharsets.UTF_8);

        var articles = RequestBodyReader.articles(body, true);

        assertThat(articles.get(0).node().path("id").asString()).isEqualTo("a1");
        assertThatThrownBy(() -> articles.get(1).node()).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("line 2 is not valid JSON").hasMessageContaining("code 0");
    }

    @Test
    void rejectsJsonLinesBodyWithOnlyBlankLines() {
        assertThatThrownBy(() -> RequestBodyReader.articles(" \r\n\t\n\n".getBytes(StandardCharsets.UTF_8), true))
                .isInstanceOf(IntakeException.class)
                .hasMessageStartingWith("request body is empty");
    }
}
