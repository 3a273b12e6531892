package io.newsflow.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.model.Article;
import io.newsflow.model.ArticleIds;
import io.newsflow.model.InvalidEventException;
import io.newsflow.model.RawFeedItem;
import io.newsflow.model.Topics;

class ArticleNormalizerTest {

    private static final Instant RECEIVED = Instant.parse("2024-05-01T10:00:00Z");
    private static final String BODY = "<p>Elastic said on Thursday that it will stop releasing the source code of "
            + "Elasticsearch under the Apache licence.</p><p>The company blamed cloud providers.</p>";
    private final ArticleNormalizer normalizer = ArticleNormalizer.standalone();

    private static RawFeedItem item(String id, String url, String feedUrl, String title, String body, String published, String language) {
        return new RawFeedItem(Topics.SCHEMA_VERSION, "feed", "f1", id, url, feedUrl, "Harbor Street", title, body,
                published, language, RECEIVED);
    }

    @Test
    void keepsGivenIdAndCleansEveryField() {
        Article a = normalizer.normalize(item("x-001", "HTTPS://News.Example:443/a?utm_source=rss&p=1#top", null,
                "<b>Elastic</b> relicenses", BODY, "Thu, 14 Jan 2021 09:05:00 EST", null));

        assertThat(a.id()).isEqualTo("x-001");
        assertThat(a.url()).isEqualTo("https://news.example/a?p=1");
        assertThat(a.title()).isEqualTo("Elastic relicenses");
        assertThat(a.body()).isEqualTo("Elastic said on Thursday that it will stop releasing the source code of "
                + "Elasticsearch under the Apache licence.\n\nThe company blamed cloud providers.");
        assertThat(a.published()).isEqualTo(Instant.parse("2021-01-14T14:05:00Z"));
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.source()).isEqualTo("Harbor Street");
        assertThat(a.version()).isEqualTo(RECEIVED.toEpochMilli());
        assertThat(a.duplicateOf()).isNull();
    }

    @Test
    void derivesStableIdFromCanonicalUrlWhenAbsent() {
        Article a = normalizer.normalize(item(null, "https://news.example/a?utm_medium=x", null, "T", BODY, null, "en"));
        Article b = normalizer.normalize(item(" ", "https://NEWS.example/a#frag", null, "T", BODY, null, "en"));

        assertThat(a.id()).isEqualTo(ArticleIds.forUrl("https://news.example/a")).isEqualTo(b.id());
    }

    @Test
    void resolvesRelativeLinksAgainstTheFeedUrl() {
        Article a = normalizer.normalize(item(null, "../2024/story.html", "https://news.example/feeds/rss.xml", "T", BODY, null, null));

        assertThat(a.url()).isEqualTo("https://news.example/2024/story.html");
    }

    @Test
    void usesIntakeTimeWhenTheDateIsMissing() {
        assertThat(normalizer.normalize(item("x", "https://n.example/a", null, "T", BODY, null, "en")).published())
                .isEqualTo(RECEIVED);
    }

    @Test
    void detectsLanguageAndMapsHintsToIso6391() {
        String german = "Die Bundesregierung hat am Donnerstag beschlossen, die Förderung für Elektroautos früher "
                + "als geplant zu beenden. Die Hersteller reagierten mit Kritik auf die Entscheidung der Regierung.";
        assertThat(normalizer.normalize(item("x", "https://n.example/a", null, "Förderung endet", german, null, null)).language())
                .isEqualTo("de");
        assertThat(normalizer.normalize(item("x", "https://n.example/a", null, "T", BODY, null, "en-GB")).language()).isEqualTo("en");
        assertThat(normalizer.normalize(item("x", "https://n.example/a", null, "T", BODY, null, "fra")).language()).isEqualTo("fr");
    }

    @Test
    void fallsBackToHostWhenSourceIsMissing() {
        RawFeedItem raw = new RawFeedItem(1, "http", null, "x", "https://www.news.example/a", null, null, "T", BODY, null, "en", RECEIVED);
        assertThat(normalizer.normalize(raw).source()).isEqualTo("news.example");
    }

    @Test
    void rejectsItemWithEveryProblemSpelledOut() {
        assertThatThrownBy(() -> normalizer.normalize(item("bad id!", "ftp://x.example/a", null, "<p> </p>", "", "someday", "en")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("url: url must be an absolute http(s) URL")
                .hasMessageContaining("published: cannot read \"someday\"")
                .hasMessageContaining("id: must be 1-128 characters")
                .hasMessageContaining("title: must not be blank")
                .hasMessageContaining("body: must not be blank");
    }

    @Test
    void rejectsMissingUrl() {
        assertThatThrownBy(() -> normalizer.normalize(item("x", null, null, "T", BODY, null, "en")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("url: must not be blank");
    }
}
