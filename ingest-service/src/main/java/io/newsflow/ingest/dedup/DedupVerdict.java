package io.newsflow.ingest.dedup;

/**
 * What de-duplication says about one article.
 *
 * @param duplicateOf id of the earlier article this one is an exact or near copy of, else null
 * @param redelivery  true when this very article id was seen before (an update or a re-send, never a duplicate of itself)
 * @param unchanged   true for a re-delivery with the same title and body as before: nothing new to publish
 */
public record DedupVerdict(String duplicateOf, boolean redelivery, boolean unchanged) {

    static final DedupVerdict NEW = new DedupVerdict(null, false, false);
}
