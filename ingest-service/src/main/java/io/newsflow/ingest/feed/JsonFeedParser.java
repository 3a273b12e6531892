package io.newsflow.ingest.feed;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import io.newsflow.model.EventJson;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), which ROME does not read. */
final class JsonFeedParser {

    private JsonFeedParser() {
    }

    static ParsedFeed parse(byte[] body) {
        JsonNode root;
        try {
            root = EventJson.mapper().readTree(body);
        } catch (JacksonException e) {
            throw new FeedRejectedException("malformed JSON Feed: " + e.getOriginalMessage(), e);
        }
        String version = text(root, "version");
        if (version == null || !version.startsWith("https://jsonfeed.org/version/1")) {
            throw new FeedRejectedException("not a JSON Feed: \"version\" must be https://jsonfeed.org/version/1 or /1.1, was " + version);
        }
        JsonNode items = root.get("items");
        if (items == null || !items.isArray()) {
            throw new FeedRejectedException("JSON Feed has no \"items\" array");
        }
        String feedLanguage = text(root, "language");
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode item : items) {
            String url = text(item, "url") != null ? text(item, "url") : text(item, "external_url");
            String content = text(item, "content_html") != null ? text(item, "content_html")
                    : text(item, "content_text") != null ? text(item, "content_text") : text(item, "summary");
            String published = text(item, "date_published") != null ? text(item, "date_published") : text(item, "date_modified");
            String language = text(item, "language") != null ? text(item, "language") : feedLanguage;
            String key = text(item, "id") != null ? text(item, "id") : url;
            entries.add(new FeedEntry(key, url, text(item, "title"), content, published, language));
        }
        return new ParsedFeed(text(root, "title"), version.endsWith("1.1") ? "json-1.1" : "json-1.0", entries);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asString() : null;
    }
}
