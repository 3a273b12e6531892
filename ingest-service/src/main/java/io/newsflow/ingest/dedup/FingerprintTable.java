package io.newsflow.ingest.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The remembered fingerprints in the order they were learnt, each in a numbered slot; the LSH band index that finds
 * near-copy candidates by slot; and the same kind of index from the {@code hashCode} of an id, a URL and a content
 * hash to the slots holding it, which finds exact copies, each hit confirmed by comparing the key. An entry is 8 bytes
 * in one array where four {@code HashMap}s took a node each (and a boxed slot): five objects less per remembered
 * article for the collector to trace, and a lookup that misses reads one array entry instead of a bucket and a node.
 * Each URL and content hash is indexed for the first remembered fingerprint that has it. Forgetting leaves an empty
 * slot; when the oldest half of the slots are empty (the de-duplication window moved past them) the table renumbers
 * the rest, so memory follows what is remembered. Not thread-safe: {@link NearDuplicateDetector} guards it.
 */
final class FingerprintTable {

    /** Renumbering costs one pass over what is left: only worth it once this many slots at the front are empty. */
    private static final int COMPACT_AFTER = 4_096;

    private List<Fingerprint> bySlot = new ArrayList<>();
    private BandIndex bands = new BandIndex();
    private BandIndex ids = new BandIndex();
    private BandIndex urls = new BandIndex();
    private BandIndex contents = new BandIndex();
    /** Every slot before this one is empty. */
    private int head;
    private int live;

    /** Remembers {@code fingerprint}; the caller has forgotten any earlier fingerprint of its id. */
    void add(Fingerprint fingerprint) {
        int slot = bySlot.size();
        bySlot.add(fingerprint);
        live++;
        ids.add(fingerprint.id().hashCode(), slot);
        if (fingerprint.url() != null && byUrl(fingerprint.url()) == null) {
            urls.add(fingerprint.url().hashCode(), slot);
        }
        if (byContent(fingerprint.contentHash()) == null) {
            contents.add(fingerprint.contentHash().hashCode(), slot);
        }
        if (fingerprint.signature() != null) { // from before one-permutation MinHash: found as an exact copy only
            for (long band : bands(fingerprint.signature())) {
                bands.add(band, slot);
            }
        }
    }

    /** Forgets {@code fingerprint}, if it is the one remembered for its id. */
    void remove(Fingerprint fingerprint) {
        int slot = ids.find(fingerprint.id().hashCode(), s -> bySlot.get(s) == fingerprint);
        if (slot < 0) {
            return;
        }
        ids.remove(fingerprint.id().hashCode(), slot);
        if (fingerprint.url() != null) {
            urls.remove(fingerprint.url().hashCode(), slot); // nothing to remove unless it was the URL's first
        }
        contents.remove(fingerprint.contentHash().hashCode(), slot);
        if (fingerprint.signature() != null) {
            for (long band : bands(fingerprint.signature())) {
                bands.remove(band, slot);
            }
        }
        bySlot.set(slot, null);
        live--;
    }

    /** The fingerprint remembered for article {@code id}, or null. */
    Fingerprint byId(String id) {
        return at(ids.find(id.hashCode(), slot -> id.equals(bySlot.get(slot).id())));
    }

    /** The first remembered fingerprint with this canonical URL, or null. */
    Fingerprint byUrl(String url) {
        return at(urls.find(url.hashCode(), slot -> url.equals(bySlot.get(slot).url())));
    }

    /** The first remembered fingerprint with this content hash, or null. */
    Fingerprint byContent(String contentHash) {
        return at(contents.find(contentHash.hashCode(), slot -> contentHash.equals(bySlot.get(slot).contentHash())));
    }

    /** Fingerprints remembered. */
    int size() {
        return live;
    }

    /** The fingerprint in {@code slot}, or null when it was forgotten or {@code slot} is -1 (none found). */
    Fingerprint at(int slot) {
        return slot < 0 ? null : bySlot.get(slot);
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
        List<Fingerprint> kept = bySlot.subList(head, bySlot.size()).stream().filter(f -> f != null).toList();
        bySlot = new ArrayList<>(kept.size() * 2);
        bands = new BandIndex();
        ids = new BandIndex();
        urls = new BandIndex();
        contents = new BandIndex();
        head = 0;
        live = 0;
        kept.forEach(this::add);
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
