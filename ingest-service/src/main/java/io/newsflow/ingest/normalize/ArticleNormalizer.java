package io.newsflow.ingest.normalize;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.newsflow.model.Article;
import io.newsflow.model.ArticleIds;
import io.newsflow.model.ArticleValidator;
import io.newsflow.model.InvalidEventException;
import io.newsflow.model.RawFeedItem;
import io.newsflow.model.Topics;
import io.newsflow.model.UrlCanonicalizer;

/**
 * Turns a {@link RawFeedItem} into a valid {@link Article}: HTML to clean text, relative links resolved against the
 * feed and canonicalised, the publication time parsed leniently into UTC, the language detected when not given, and
 * the id kept from the input or derived from the canonical URL. Thread-safe; build one and share it.
 */
public final class ArticleNormalizer {

    private static final Pattern LANGUAGE_HINT = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");

    private final LanguageDetection languages;
    private final Clock clock;

    ArticleNormalizer(LanguageDetection languages, Clock clock) {
        this.languages = languages;
        this.clock = clock;
    }

    /** A normaliser with the bundled language model and the system UTC clock, for use outside Spring (CLI, tests). */
    public static ArticleNormalizer standalone() {
        return new ArticleNormalizer(Holder.LANGUAGES, Clock.systemUTC());
    }

    /** A normaliser that reads the intake time from {@code clock} when an item carries none. */
    public static ArticleNormalizer withClock(Clock clock) {
        return new ArticleNormalizer(Holder.LANGUAGES, clock);
    }

    /**
     * The article {@code item} describes.
     *
     * @throws InvalidEventException listing every problem (e.g. "url: url is missing", "published: cannot read ...")
     */
    public Article normalize(RawFeedItem item) {
        if (item == null) {
            throw new InvalidEventException(List.of("item is missing"));
        }
        List<String> problems = new ArrayList<>();
        String url = canonicalUrl(item, problems);
        String id = blankToNull(item.id());
        if (id == null && url != null) {
            id = ArticleIds.forUrl(url);
        }
        String title = HtmlText.line(item.title());
        String body = HtmlText.text(item.content());
        Instant received = item.receivedAt() != null ? item.receivedAt() : clock.instant();
        Instant published = published(item.published(), received, problems);
        String language = language(item.language(), title, body);
        String source = source(item.source(), url);
        if (!problems.isEmpty()) {
            problems.addAll(ArticleValidator.problems(new Article(Topics.SCHEMA_VERSION, id, "https://placeholder.invalid/",
                    source, title, body, received, language, null, received.toEpochMilli())));
            throw new InvalidEventException(problems);
        }
        return ArticleValidator.requireValid(new Article(Topics.SCHEMA_VERSION, id, url, source, title, body,
                published, language, null, received.toEpochMilli()));
    }

    private static String canonicalUrl(RawFeedItem item, List<String> problems) {
        String link = blankToNull(item.url());
        if (link == null) {
            problems.add("url: must not be blank");
            return null;
        }
        try {
            String absolute = link.strip();
            if (item.feedUrl() != null && !URI.create(absolute.replace(" ", "%20")).isAbsolute()) {
                absolute = URI.create(item.feedUrl().strip()).resolve(absolute.replace(" ", "%20")).toString();
            }
            return UrlCanonicalizer.canonicalize(absolute);
        } catch (IllegalArgumentException e) {
            problems.add("url: " + e.getMessage());
            return null;
        }
    }

    private static Instant published(String text, Instant received, List<String> problems) {
        if (blankToNull(text) == null) {
            return received;
        }
        Optional<Instant> parsed = LenientDates.parse(text);
        if (parsed.isEmpty()) {
            problems.add("published: cannot read \"" + abbreviate(text) + "\" as a date (use ISO-8601 or RFC 1123)");
            return null;
        }
        return parsed.get();
    }

    private String language(String hint, String title, String body) {
        if (hint != null && LANGUAGE_HINT.matcher(hint.strip()).matches()) {
            return LanguageDetection.toIso1(hint);
        }
        String text = ((title == null ? "" : title) + "\n" + (body == null ? "" : body)).strip();
        return text.isEmpty() ? "und" : languages.detect(text);
    }

    private static String source(String given, String url) {
        String source = HtmlText.line(given);
        if (source != null && !source.isEmpty()) {
            return source;
        }
        return url == null ? null : URI.create(url).getHost().replaceFirst("^www\\.", "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    /** Loads the 10 MB language model on first use only. */
    private static final class Holder {
        static final LanguageDetection LANGUAGES = LanguageDetection.fromClasspath();
    }
}
