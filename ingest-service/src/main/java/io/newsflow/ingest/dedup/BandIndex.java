package io.newsflow.ingest.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * LSH band hash to article slots, as a multimap in primitive arrays: about 16 bytes per (band, article) pair instead
 * of a boxed key, a map node and a list. Open addressing for the heads of chains; entries of one band hash are
 * chained through {@code next}. Removal marks the entry dead; dead entries are skipped and dropped on resize.
 * Not thread-safe: {@link NearDuplicateDetector} guards it.
 */
final class BandIndex {

    private static final int EMPTY = -1;

    private long[] tableKeys = new long[1 << 12];
    private int[] tableHeads = new int[1 << 12];
    private int tableUsed;
    private long[] entryKeys = new long[1 << 12];
    private int[] entrySlots = new int[1 << 12];
    private int[] entryNext = new int[1 << 12];
    private int entries;
    private int dead;

    BandIndex() {
        Arrays.fill(tableHeads, EMPTY);
    }

    void add(long band, int slot) {
        if (entries == entrySlots.length) {
            growEntries();
        }
        if ((tableUsed + 1) * 2 > tableKeys.length) {
            rehash(tableKeys.length * 2);
        }
        int i = find(band);
        if (tableHeads[i] == EMPTY) {
            tableKeys[i] = band;
            tableUsed++;
        }
        entryKeys[entries] = band;
        entrySlots[entries] = slot;
        entryNext[entries] = tableHeads[i];
        tableHeads[i] = entries++;
    }

    void remove(long band, int slot) {
        for (int e = tableHeads[find(band)]; e != EMPTY; e = entryNext[e]) {
            if (entrySlots[e] == slot) {
                entrySlots[e] = EMPTY;
                dead++;
                return;
            }
        }
    }

    void forEach(long band, IntConsumer slots) {
        for (int e = tableHeads[find(band)]; e != EMPTY; e = entryNext[e]) {
            if (entrySlots[e] != EMPTY) {
                slots.accept(entrySlots[e]);
            }
        }
    }

    private int find(long band) {
        int mask = tableKeys.length - 1;
        int i = (int) MinHash.mix(band) & mask;
        while (tableHeads[i] != EMPTY && tableKeys[i] != band) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void growEntries() {
        if (dead > entries / 4) {
            rehash(tableKeys.length); // compacts dead entries away
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
        tableKeys = new long[capacity];
        tableHeads = new int[capacity];
        Arrays.fill(tableHeads, EMPTY);
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
