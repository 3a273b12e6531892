package io.newsflow.ingest.feed;

import java.net.http.HttpRequest;
import java.util.Arrays;

/**
 * The JDK HTTP client refuses a request's own {@code Host} header unless {@code jdk.httpclient.allowRestrictedHeaders}
 * names it, and reads that setting once, when the client is first used. {@link FeedFetcher} sends {@code Host} to
 * connect to the address it checked (see there), so the service's {@code main} calls {@link #allow} before anything
 * else runs.
 */
public final class HostHeader {

    static final String ALLOW_RESTRICTED_HEADERS = "jdk.httpclient.allowRestrictedHeaders";

    private HostHeader() {
    }

    /** Adds {@code host} to the allowed restricted headers; true when requests can now carry {@code Host}. */
    public static boolean allow() {
        String allowed = System.getProperty(ALLOW_RESTRICTED_HEADERS, "");
        if (Arrays.stream(allowed.split(",")).map(String::strip).noneMatch("host"::equalsIgnoreCase)) {
            System.setProperty(ALLOW_RESTRICTED_HEADERS, allowed.isBlank() ? "host" : allowed + ",host");
        }
        try {
            HttpRequest.newBuilder().header("Host", "newsflow.invalid");
            return true;
        } catch (IllegalArgumentException e) {
            return false; // the client read the setting before this call
        }
    }
}
