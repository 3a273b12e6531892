package io.newsflow.ingest.feed;

import java.net.URI;

/**
 * One fetch: the document (unless not modified), where it finally came from, and the validators for the next fetch.
 */
record FetchResult(boolean notModified, URI finalUrl, byte[] body, String contentType, String etag, String lastModified) {

    static FetchResult notModified(URI url, String etag, String lastModified) {
        return new FetchResult(true, url, null, null, etag, lastModified);
    }
}
