package io.newsflow.ingest.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * LSH band hash (or the hash of a key: an id, a URL) to article slots, as a multimap in one {@code long[]}: each entry
 * packs a 32-bit tag of the hash (high half) and the slot (low half), placed by open addressing with linear probing
 * from the tag's low bits (so a resize can place an entry again from the entry alone). A lookup walks one short run of
 * neighbouring entries, usually within one cache line, and an entry costs 8 bytes (16 to 32 with the table's spare
 * room), about 1–2 KB per article at 64 bands. Two different hashes with the same 32-bit tag share entries, so
 * {@link #forEach} and {@link #find} may offer a few extra slots; callers confirm every candidate by comparing
 * signatures or keys. Removal leaves a tombstone; tombstones are dropped on resize.
 * Not thread-safe: {@link NearDuplicateDetector} guards it.
 */
final class BandIndex {

    private static final long EMPTY = -1L;     // slot -1 never occurs
    private static final long REMOVED = -2L;   // slot -2 never occurs
    private static final int MIN_CAPACITY = 1 << 13;

    private long[] table = newTable(MIN_CAPACITY);
    private int live;
    private int removed;

    void add(long band, int slot) {
        if ((live + removed + 1) * 2L > table.length) {
            // grow when at least a quarter is live; otherwise rebuilding at the same size clears the tombstones
            resize(live * 4L >= table.length ? table.length * 2 : table.length);
        }
        int tag = tag(band);
        int mask = table.length - 1;
        int i = tag & mask;
        while (table[i] != EMPTY && table[i] != REMOVED) {
            i = (i + 1) & mask;
        }
        if (table[i] == REMOVED) {
            removed--;
        }
        table[i] = entry(tag, slot);
        live++;
    }

    void remove(long band, int slot) {
        int tag = tag(band);
        long wanted = entry(tag, slot);
        int mask = table.length - 1;
        for (int i = tag & mask; table[i] != EMPTY; i = (i + 1) & mask) {
            if (table[i] == wanted) {
                table[i] = REMOVED;
                live--;
                removed++;
                return;
            }
        }
    }

    void forEach(long band, IntConsumer slots) {
        int tag = tag(band);
        int mask = table.length - 1;
        for (int i = tag & mask; table[i] != EMPTY; i = (i + 1) & mask) {
            long e = table[i];
            if (e != REMOVED && (int) (e >>> 32) == tag) {
                slots.accept((int) e);
            }
        }
    }

    /** The first slot under {@code band} that {@code matches} accepts, or -1. */
    int find(long band, IntPredicate matches) {
        int tag = tag(band);
        int mask = table.length - 1;
        for (int i = tag & mask; table[i] != EMPTY; i = (i + 1) & mask) {
            long e = table[i];
            if (e != REMOVED && (int) (e >>> 32) == tag && matches.test((int) e)) {
                return (int) e;
            }
        }
        return -1;
    }

    /** Entries held, for tests and sizing. */
    int size() {
        return live;
    }

    /** 32 well-mixed bits of the band hash: its identity in the table and, by its low bits, its position. */
    private static int tag(long band) {
        return (int) (MinHash.mix(band) >>> 32);
    }

    private static long entry(int tag, int slot) {
        return ((long) tag << 32) | (slot & 0xFFFFFFFFL);
    }

    private static long[] newTable(int capacity) {
        long[] table = new long[capacity];
        Arrays.fill(table, EMPTY);
        return table;
    }

    /** Re-inserts the live entries, each at its tag's position in the new table. */
    private void resize(long capacity) {
        if (capacity > 1 << 30) {
            throw new IllegalStateException("band index full: " + live + " entries");
        }
        long[] old = table;
        long[] fresh = newTable((int) capacity);
        int mask = fresh.length - 1;
        for (long e : old) {
            if (e != EMPTY && e != REMOVED) {
                int i = (int) (e >>> 32) & mask;
                while (fresh[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                fresh[i] = e;
            }
        }
        table = fresh;
        removed = 0;
    }
}
