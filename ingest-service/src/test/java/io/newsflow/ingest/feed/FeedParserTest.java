package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.ingest.normalize.ArticleNormalizer;
import io.newsflow.model.Article;
import io.newsflow.model.RawFeedItem;
import io.newsflow.model.Topics;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    static byte[] resource(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsRss2WithDublinCoreContentEncodedAndMedia() throws IOException {
        ParsedFeed feed = parser.parse(resource("rss2-namespaces.xml"), "application/rss+xml");

        assertThat(feed.title()).isEqualTo("Harbor Street Journal");
        assertThat(feed.format()).isEqualTo("rss_2.0");
        assertThat(feed.entries()).hasSize(3);
        FeedEntry first = feed.entries().get(0);
        assertThat(first.key()).isEqualTo("hsj-1001");
        assertThat(first.link()).isEqualTo("/2024/05/01/acme-buys-widgets?utm_source=rss");
        assertThat(first.content()).contains("for $1.2 billion").contains("<script>");
        assertThat(first.published()).isEqualTo("2024-05-01T07:30:00Z");
        assertThat(first.language()).isEqualTo("en-us");
        assertThat(feed.entries().get(1).published()).isEqualTo("2024-05-01T14:15:00Z");
        assertThat(feed.entries().get(2).published()).isNull();
    }

    @Test
    void normalisesFeedEntriesIntoCleanArticles() throws IOException {
        ParsedFeed feed = parser.parse(resource("rss2-namespaces.xml"), null);
        Instant received = Instant.parse("2024-05-02T00:00:00Z");
        ArticleNormalizer normalizer = ArticleNormalizer.standalone();
        Article first = normalizer.normalize(raw(feed, feed.entries().get(0), "https://harborstreet.example/feeds/main.xml", received));
        Article undated = normalizer.normalize(raw(feed, feed.entries().get(2), "https://harborstreet.example/feed.xml", received));

        assertThat(first.url()).isEqualTo("https://harborstreet.example/2024/05/01/acme-buys-widgets");
        assertThat(first.title()).isEqualTo("Acme buys Widgets & Co");
        assertThat(first.body()).isEqualTo("Acme said on Wednesday it would buy Widgets & Co for $1.2 billion.\n\n"
                + "The deal is expected to close in the autumn.");
        assertThat(first.source()).isEqualTo("Harbor Street Journal");
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.published()).isEqualTo(Instant.parse("2024-05-01T07:30:00Z"));
        assertThat(undated.published()).isEqualTo(received);
    }

    private static RawFeedItem raw(ParsedFeed feed, FeedEntry e, String feedUrl, Instant received) {
        return new RawFeedItem(Topics.SCHEMA_VERSION, "feed", "f", null, e.link(), feedUrl, feed.title(), e.title(),
                e.content(), e.published(), e.language(), received);
    }

    @Test
    void readsRss091InItsDeclaredLatin1() throws IOException {
        ParsedFeed feed = parser.parse(resource("rss091.xml"), "text/xml");

        assertThat(feed.format()).isEqualTo("rss_0.91U");
        assertThat(feed.entries()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Café chain closes stores");
            assertThat(e.link()).isEqualTo("https://oldtown.example/cafe-closes");
        });
    }

    @Test
    void readsRss10Rdf() throws IOException {
        ParsedFeed feed = parser.parse(resource("rss10-rdf.xml"), null);

        assertThat(feed.format()).isEqualTo("rss_1.0");
        assertThat(feed.entries()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Chipmaker opens plant in Ohio");
            assertThat(e.published()).isEqualTo("2022-09-09T14:00:00Z");
        });
    }

    @Test
    void readsAtom10PreferringFullContentAndFallingBackToUpdated() throws IOException {
        ParsedFeed feed = parser.parse(resource("atom10.xml"), "application/atom+xml");

        assertThat(feed.format()).isEqualTo("atom_1.0");
        assertThat(feed.entries()).hasSize(2);
        assertThat(feed.entries().get(0).content()).contains("Elastic will stop releasing").doesNotContain("Summary only");
        assertThat(feed.entries().get(0).title()).contains("<em>relicenses</em>");
        assertThat(feed.entries().get(0).published()).isEqualTo("2021-01-14T18:20:00Z");
        assertThat(feed.entries().get(1).published()).isEqualTo("2021-01-21T12:00:00Z");
        assertThat(feed.entries().get(1).content()).contains("AWS said it would fork the code.");
    }

    @Test
    void readsJsonFeed11AndJsonFeed10() throws IOException {
        ParsedFeed feed = parser.parse(resource("jsonfeed11.json"), "application/feed+json");

        assertThat(feed.format()).isEqualTo("json-1.1");
        assertThat(feed.title()).isEqualTo("Ridge Line Report");
        assertThat(feed.entries()).extracting(FeedEntry::key).containsExactly("rl-1", "rl-2");
        assertThat(feed.entries().get(0).content()).contains("<b>$50 million</b>");
        assertThat(feed.entries().get(0).published()).isEqualTo("2023-03-01T08:00:00-05:00");
        assertThat(feed.entries().get(1).language()).isEqualTo("de");

        String v10 = "{\"version\":\"https://jsonfeed.org/version/1\",\"title\":\"Old\",\"items\":[{\"id\":7,"
                + "\"external_url\":\"https://x.example/7\",\"summary\":\"s\"}]}";
        assertThat(parser.parse(v10.getBytes(StandardCharsets.UTF_8), null).entries())
                .singleElement().satisfies(e -> {
                    assertThat(e.key()).isEqualTo("7");
                    assertThat(e.link()).isEqualTo("https://x.example/7");
                    assertThat(e.content()).isEqualTo("s");
                });
    }

    @Test
    void rejectsJsonThatIsNotAJsonFeed() {
        assertThatThrownBy(() -> parser.parse("{\"items\":[]}".getBytes(StandardCharsets.UTF_8), "application/json"))
                .isInstanceOf(FeedRejectedException.class).hasMessageContaining("not a JSON Feed");
    }

    @Test
    void rejectsExternalEntity() throws IOException {
        assertThatThrownBy(() -> parser.parse(resource("xxe.xml"), "application/rss+xml"))
                .isInstanceOf(FeedRejectedException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void rejectsBillionLaughs() throws IOException {
        assertThatThrownBy(() -> parser.parse(resource("billion-laughs.xml"), null))
                .isInstanceOf(FeedRejectedException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void rejectsBrokenXmlWithTheParserMessage() throws IOException {
        assertThatThrownBy(() -> parser.parse(resource("broken.xml"), null))
                .isInstanceOf(FeedRejectedException.class).hasMessageStartingWith("not a readable RSS, Atom or JSON feed: ");
    }

    @Test
    void readsLatin1BytesDeclaredAsUtf8() throws IOException {
        ParsedFeed feed = parser.parse(resource("wrong-encoding.xml"), "application/rss+xml; charset=utf-8");

        assertThat(feed.entries()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Café prices rise – again");
            assertThat(e.content()).isEqualTo("Naïve pricing at the café.");
        });
    }

    @Test
    void readsUtf8WithoutXmlDeclaration() throws IOException {
        ParsedFeed feed = parser.parse(resource("no-declaration.xml"), null);

        assertThat(feed.entries()).singleElement().satisfies(e -> assertThat(e.title()).isEqualTo("Straße gesperrt"));
    }

    @Test
    void rejectsEmptyDocument() {
        assertThatThrownBy(() -> parser.parse(new byte[0], null)).isInstanceOf(FeedRejectedException.class).hasMessage("feed document is empty");
    }
}
