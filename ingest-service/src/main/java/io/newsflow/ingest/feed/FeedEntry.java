package io.newsflow.ingest.feed;

/**
 * One entry of a parsed feed, as written in the document.
 *
 * @param key       stable identity within the feed: guid / atom:id / JSON Feed id, else the link
 * @param link      article link, possibly relative
 * @param title     headline, possibly HTML
 * @param content   full content when present (content:encoded, atom:content, content_html), else the summary
 * @param published publication (or update) time as text, null when the entry has none
 * @param language  language of the entry or the feed, may be null
 */
record FeedEntry(String key, String link, String title, String content, String published, String language) {
}
