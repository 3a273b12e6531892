package io.newsflow.ingest.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * LSH band hash to article slots, as a multimap in primitive arrays: about 16 bytes per (band, article) pair instead
 * of a boxed key, a map node and a list. Open addressing for the heads of chains; entries of one band hash are
 * chained through {@code next}; a band hash and the head of its chain sit side by side, so a lookup costs one cache miss
 * rather than two. Removal marks the entry dead; dead entries are skipped and dropped on resize.
 * Not thread-safe: {@link NearDuplicateDetector} guards it.
 */
final class BandIndex {

    private static final int EMPTY = -1;

    /** Open-addressing table: {@code table[2i]} is a band hash, {@code table[2i + 1]} the head of its chain. */
    private long[] table = new long[2 << 12];
    private int tableUsed;
    private long[] entryKeys = new long[1 << 12];
    private int[] entrySlots = new int[1 << 12];
    private int[] entryNext = new int[1 << 12];
    private int entries;
    private int dead;

    BandIndex() {
        Arrays.fill(table, EMPTY);
    }

    void add(long band, int slot) {
        if (entries == entrySlots.length) {
            growEntries();
        }
        if ((tableUsed + 1) * 2 > capacity()) {
            rehash(capacity() * 2);
        }
        int i = find(band);
        if (table[i + 1] == EMPTY) {
            table[i] = band;
            tableUsed++;
        }
        entryKeys[entries] = band;
        entrySlots[entries] = slot;
        entryNext[entries] = (int) table[i + 1];
        table[i + 1] = entries++;
    }

    void remove(long band, int slot) {
        for (int e = (int) table[find(band) + 1]; e != EMPTY; e = entryNext[e]) {
            if (entrySlots[e] == slot) {
                entrySlots[e] = EMPTY;
                dead++;
                return;
            }
        }
    }

    void forEach(long band, IntConsumer slots) {
        for (int e = (int) table[find(band) + 1]; e != EMPTY; e = entryNext[e]) {
            if (entrySlots[e] != EMPTY) {
                slots.accept(entrySlots[e]);
            }
        }
    }

    private int capacity() {
        return table.length / 2;
    }

    /** Index in {@link #table} of the pair for {@code band}: its own, or the empty one where it would go. */
    private int find(long band) {
        int mask = capacity() - 1;
        int i = (int) MinHash.mix(band) & mask;
        while (table[2 * i + 1] != EMPTY && table[2 * i] != band) {
            i = (i + 1) & mask;
        }
        return 2 * i;
    }

    private void growEntries() {
        if (dead > entries / 4) {
            rehash(capacity()); // compacts dead entries away
            if (entries < entrySlots.length) {
                return;
            }
        }
        int n = entrySlots.length * 2;
        entryKeys = Arrays.copyOf(entryKeys, n);
        entrySlots = Arrays.copyOf(entrySlots, n);
        entryNext = Arrays.copyOf(entryNext, n);
    }

    private void rehash(int capacity) {
        long[] oldKeys = entryKeys;
        int[] oldSlots = entrySlots;
        int oldCount = entries;
        table = new long[2 * capacity];
        Arrays.fill(table, EMPTY);
        tableUsed = 0;
        entryKeys = new long[oldKeys.length];
        entrySlots = new int[oldSlots.length];
        entryNext = new int[oldSlots.length];
        entries = 0;
        dead = 0;
        for (int e = 0; e < oldCount; e++) {
            if (oldSlots[e] != EMPTY) {
                add(oldKeys[e], oldSlots[e]);
            }
        }
    }
}
