package io.newsflow.ingest.feed;

import java.util.List;

/** A parsed feed document: its title (used as the source name), its format and its entries. */
record ParsedFeed(String title, String format, List<FeedEntry> entries) {
}
