package io.newsflow.ingest.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The remembered fingerprints in the order they were learnt, each in a numbered slot, and the LSH band index that
 * finds near-copy candidates by slot. Forgetting leaves an empty slot; when the oldest half of the slots are empty
 * (the de-duplication window moved past them) the table renumbers the rest, so memory follows what is remembered.
 * Not thread-safe: {@link NearDuplicateDetector} guards it.
 */
final class FingerprintTable {

    /** Renumbering costs one pass over what is left: only worth it once this many slots at the front are empty. */
    private static final int COMPACT_AFTER = 4_096;

    private final Map<String, Integer> slotById = new HashMap<>();
    private List<Fingerprint> bySlot = new ArrayList<>();
    private BandIndex bands = new BandIndex();
    /** Every slot before this one is empty. */
    private int head;

    void add(Fingerprint fingerprint) {
        int slot = bySlot.size();
        bySlot.add(fingerprint);
        slotById.put(fingerprint.id(), slot);
        if (fingerprint.signature() != null) { // from before one-permutation MinHash: found as an exact copy only
            for (long band : bands(fingerprint.signature())) {
                bands.add(band, slot);
            }
        }
    }

    void remove(Fingerprint fingerprint) {
        Integer slot = slotById.remove(fingerprint.id());
        if (slot == null) {
            return;
        }
        if (fingerprint.signature() != null) {
            for (long band : bands(fingerprint.signature())) {
                bands.remove(band, slot);
            }
        }
        bySlot.set(slot, null);
    }

    /** The fingerprint in {@code slot}, or null when it was forgotten. */
    Fingerprint at(int slot) {
        return bySlot.get(slot);
    }

    /** Slots of fingerprints sharing at least one band with {@code signature}, sorted, with repeats. */
    int[] candidates(int[] signature) {
        SlotList found = new SlotList();
        for (long band : bands(signature)) {
            bands.forEach(band, found);
        }
        return found.sorted();
    }

    /**
     * The fingerprints learnt first, up to the first one seen at or after {@code cutoff} (epoch ms), oldest first,
     * without removing them: the caller forgets each.
     */
    List<Fingerprint> oldestSeenBefore(long cutoff) {
        List<Fingerprint> old = new ArrayList<>();
        for (int slot = head; slot < bySlot.size(); slot++) {
            Fingerprint f = bySlot.get(slot);
            if (f != null && f.seenAt() >= cutoff) {
                break;
            }
            if (f != null) {
                old.add(f);
            }
        }
        return old;
    }

    /** Moves past the empty slots at the front, and renumbers when they are the larger part of the table. */
    void compact() {
        while (head < bySlot.size() && bySlot.get(head) == null) {
            head++;
        }
        if (head < COMPACT_AFTER || head * 2 < bySlot.size()) {
            return;
        }
        List<Fingerprint> live = bySlot.subList(head, bySlot.size()).stream().filter(f -> f != null).toList();
        slotById.clear();
        bySlot = new ArrayList<>(live.size() * 2);
        bands = new BandIndex();
        head = 0;
        live.forEach(this::add);
    }

    /** Slots in use, empty ones included: for tests and sizing. */
    int slots() {
        return bySlot.size() - head;
    }

    private static long[] bands(int[] signature) {
        long[] bands = new long[MinHash.SIZE / NearDuplicateDetector.ROWS_PER_BAND];
        for (int b = 0; b < bands.length; b++) {
            long h = b;
            for (int r = 0; r < NearDuplicateDetector.ROWS_PER_BAND; r++) {
                h = MinHash.mix(h * 31 + signature[b * NearDuplicateDetector.ROWS_PER_BAND + r]);
            }
            bands[b] = h;
        }
        return bands;
    }

    /** A growable list of slots: no boxing on the hot path. */
    private static final class SlotList implements IntConsumer {

        private int[] slots = new int[16];
        private int size;

        @Override
        public void accept(int slot) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
            }
            slots[size++] = slot;
        }

        int[] sorted() {
            int[] sorted = Arrays.copyOf(slots, size);
            Arrays.sort(sorted);
            return sorted;
        }
    }
}
