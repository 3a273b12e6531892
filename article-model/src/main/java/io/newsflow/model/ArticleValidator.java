package io.newsflow.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks events against the contract and explains every problem in one readable sentence each. */
public final class ArticleValidator {

    /** Longest accepted body, in characters; larger bodies are rejected, not truncated. */
    public static final int MAX_BODY_CHARS = 200_000;
    /** Longest accepted title, in characters. */
    public static final int MAX_TITLE_CHARS = 1_000;
    /** Most entities accepted on one tagged article. */
    public static final int MAX_ENTITIES = 2_000;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}|und");

    private ArticleValidator() {
    }

    /** Problems with {@code article}; empty when it is valid. */
    public static List<String> problems(Article article) {
        List<String> problems = new ArrayList<>();
        if (article == null) {
            return List.of("article is missing");
        }
        checkVersion(article.schemaVersion(), problems);
        checkId(article.id(), problems);
        checkUrl(article.url(), problems);
        checkText("title", article.title(), MAX_TITLE_CHARS, problems);
        checkText("body", article.body(), MAX_BODY_CHARS, problems);
        if (article.published() == null) {
            problems.add("published: must be an ISO-8601 UTC time");
        }
        if (article.language() != null && !LANGUAGE.matcher(article.language()).matches()) {
            problems.add("language: must be an ISO 639-1 code such as \"en\", was \"" + article.language() + "\"");
        }
        if (article.duplicateOf() != null && article.duplicateOf().equals(article.id())) {
            problems.add("duplicateOf: an article cannot be a duplicate of itself");
        }
        return problems;
    }

    /** Problems with {@code tagged}; empty when it is valid. */
    public static List<String> problems(TaggedArticle tagged) {
        if (tagged == null) {
            return List.of("tagged article is missing");
        }
        List<String> problems = new ArrayList<>();
        checkVersion(tagged.schemaVersion(), problems);
        checkId(tagged.id(), problems);
        checkUrl(tagged.url(), problems);
        checkText("title", tagged.title(), MAX_TITLE_CHARS, problems);
        checkText("body", tagged.body(), MAX_BODY_CHARS, problems);
        if (tagged.published() == null) {
            problems.add("published: must be an ISO-8601 UTC time");
        }
        if (tagged.entities().size() > MAX_ENTITIES) {
            problems.add("entities: " + tagged.entities().size() + " entities, at most " + MAX_ENTITIES + " accepted");
        }
        for (StrategyTag tag : tagged.tags()) {
            if (!StrategyTags.isKnown(tag.tag())) {
                problems.add("tags: unknown tag \"" + tag.tag() + "\"; allowed: " + StrategyTags.ALL);
            }
        }
        return problems;
    }

    /** Returns {@code article} if valid, else throws {@link InvalidEventException} listing the problems. */
    public static Article requireValid(Article article) {
        List<String> problems = problems(article);
        if (!problems.isEmpty()) {
            throw new InvalidEventException(problems);
        }
        return article;
    }

    /** Returns {@code tagged} if valid, else throws {@link InvalidEventException} listing the problems. */
    public static TaggedArticle requireValid(TaggedArticle tagged) {
        List<String> problems = problems(tagged);
        if (!problems.isEmpty()) {
            throw new InvalidEventException(problems);
        }
        return tagged;
    }

    private static void checkVersion(int version, List<String> problems) {
        if (version < 1 || version > Topics.SCHEMA_VERSION) {
            problems.add("schemaVersion: " + version + " is not supported, expected 1.." + Topics.SCHEMA_VERSION);
        }
    }

    private static void checkId(String id, List<String> problems) {
        if (id == null || id.isBlank()) {
            problems.add("id: must not be blank");
        } else if (!ID.matcher(id).matches()) {
            problems.add("id: must be 1-128 characters of letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
        }
    }

    private static void checkUrl(String url, List<String> problems) {
        try {
            UrlCanonicalizer.canonicalize(url);
        } catch (IllegalArgumentException e) {
            problems.add("url: " + e.getMessage());
        }
    }

    private static void checkText(String field, String value, int max, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(field + ": must not be blank");
        } else if (value.length() > max) {
            problems.add(field + ": " + value.length() + " characters, at most " + max + " accepted");
        }
    }
}
