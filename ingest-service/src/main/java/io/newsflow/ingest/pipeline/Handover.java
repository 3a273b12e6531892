package io.newsflow.ingest.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

import io.newsflow.model.RawFeedItem;

/**
 * What intake already worked out for the raw items it published: the normalised article and its fingerprint, keyed
 * by the raw item itself. The raw-item listener of the same instance, which usually consumes those items a moment
 * later, takes the result from here instead of normalising and MinHashing a second time. Normalising is a pure
 * function of the raw item (which carries its intake time), so a hit gives exactly what recomputing would; a miss
 * (another instance, a restart, an item evicted because the listener lags) simply recomputes. Bounded, oldest out.
 */
final class Handover {

    private final int capacity;
    private final Map<RawFeedItem, Normalised> entries;

    Handover(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 16) * 2) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<RawFeedItem, Normalised> eldest) {
                return size() > Handover.this.capacity;
            }
        };
    }

    synchronized void put(RawFeedItem item, Normalised normalised) {
        if (capacity > 0) {
            entries.put(item, normalised);
        }
    }

    /** The result kept for {@code item}, removed; null when there is none. */
    synchronized Normalised take(RawFeedItem item) {
        return capacity == 0 ? null : entries.remove(item);
    }

    synchronized int size() {
        return entries.size();
    }
}
