package io.newsflow.ingest.dedup;

import java.util.Arrays;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;

/**
 * MinHash signatures over word 3-shingles, by one-permutation hashing: each shingle's 64-bit hash picks one of
 * {@value #SIZE} bins by its top bits and competes for that bin's minimum with its low bits, so a signature costs one
 * hash per shingle instead of {@value #SIZE}. Bins no shingle fell into borrow the value of a non-empty bin chosen by
 * a fixed probe sequence ("optimal densification", Shrivastava 2017), which keeps the share of equal positions an
 * unbiased estimate of the Jaccard similarity of the shingle sets. The hash family is fixed, so signatures computed by
 * different ingest instances or releases can be compared with each other. Runs once or twice per article, so it avoids
 * regexes, boxing and per-shingle strings: words are hashed in place and shingle hashes combined from them.
 */
final class MinHash {

    static final int SIZE = 128;
    static final int SHINGLE_WORDS = 3;
    private static final int BIN_SHIFT = Long.SIZE - Integer.numberOfTrailingZeros(SIZE);
    private static final int EMPTY = Integer.MAX_VALUE;
    /** Enough probes that a text with a single non-empty bin still finds it but for odds of about e^-20. */
    private static final int MAX_PROBES = 20 * SIZE;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** A shingle's words' hashes combine as a polynomial in this (then one strong mix). */
    private static final long SHINGLE_MULTIPLIER = 0x9E3779B97F4A7C15L;
    /** An ASCII character case-folded when it is part of a word (a letter or digit), else 0. */
    private static final char[] ASCII_WORD_CHAR = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD_CHAR[c] = !Character.isLetterOrDigit(c) ? 0 : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
    }

    private MinHash() {
    }

    /**
     * The signature of the text made of {@code parts} (as if joined with a blank line); texts with a high shingle
     * Jaccard similarity agree in many positions. A text without words gets a signature of {@value #SIZE} equal
     * values. Each shingle goes into its bin as soon as its third word ends: no array of words or of shingles (a hot
     * path at import).
     */
    static int[] signature(String... parts) {
        int[] sig = new int[SIZE];
        Arrays.fill(sig, EMPTY);
        forEachShingle(parts, shingle -> add(sig, shingle));
        densify(sig);
        return sig;
    }

    /**
     * Hands {@code action} the hash of each word 3-shingle of the text made of {@code parts}, in order (words: runs of
     * letters and digits, case-folded; a part ends a word, as the blank line joining them would). A text of one or
     * two words is one shingle; a text without words has none. Taking parts spares copying a title and body into one
     * string.
     */
    private static void forEachShingle(String[] parts, LongConsumer action) {
        long before = 0; // the hash of the word before the last one
        long last = 0;   // the hash of the last word
        int count = 0;   // words so far
        for (String text : parts) {
            // FNV-1a of each case-folded word; h starts again from the offset basis at every word's first character
            long h = FNV_OFFSET;
            boolean inWord = false;
            int length = text.length();
            for (int i = 0; i <= length; i++) {
                char c = i < length ? text.charAt(i) : ' '; // a part ends a word
                char folded = c < 128 ? ASCII_WORD_CHAR[c] : Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
                if (folded != 0) {
                    h = (h ^ folded) * FNV_PRIME;
                    inWord = true;
                } else if (inWord) {
                    if (count >= SHINGLE_WORDS - 1) {
                        // the words' hashes as a polynomial, then one strong mix: cheaper than mixing after every word
                        action.accept(mix((before * SHINGLE_MULTIPLIER + last) * SHINGLE_MULTIPLIER + h));
                    }
                    before = last;
                    last = h;
                    count++;
                    h = FNV_OFFSET;
                    inWord = false;
                }
            }
        }
        if (count == 1) {
            action.accept(mix(last));
        } else if (count == 2) {
            action.accept(mix(before * SHINGLE_MULTIPLIER + last));
        }
    }

    /** The signature of a text with these shingle hashes (see {@link #shingles}). */
    static int[] fromShingles(long[] shingles) {
        int[] sig = new int[SIZE];
        Arrays.fill(sig, EMPTY);
        for (long shingle : shingles) {
            add(sig, shingle);
        }
        densify(sig);
        return sig;
    }

    /** One shingle's hash competing for its bin: the top bits pick the bin, the low 30 bits compete for its minimum. */
    private static void add(int[] sig, long shingle) {
        int bin = (int) (shingle >>> BIN_SHIFT);
        // 30 bits: never EMPTY, and two different shingles meet by chance once in 10^9
        sig[bin] = Math.min(sig[bin], (int) shingle & 0x3FFF_FFFF);
    }

    /** Fills each empty bin from the first non-empty bin of its own fixed pseudo-random probe sequence. */
    private static void densify(int[] sig) {
        boolean[] filled = new boolean[SIZE];
        int empty = 0;
        for (int i = 0; i < SIZE; i++) {
            filled[i] = sig[i] != EMPTY;
            empty += filled[i] ? 0 : 1;
        }
        if (empty == 0 || empty == SIZE) {
            return;
        }
        for (int i = 0; i < SIZE; i++) {
            if (filled[i]) {
                continue;
            }
            int from = -1;
            for (int probe = 1; probe <= MAX_PROBES && from < 0; probe++) {
                int candidate = (int) (mix((long) i << 32 | probe) >>> BIN_SHIFT);
                from = filled[candidate] ? candidate : -1;
            }
            for (int step = 1; from < 0; step++) { // practically never: the probes kept missing
                from = filled[(i + step) % SIZE] ? (i + step) % SIZE : -1;
            }
            sig[i] = sig[from];
        }
    }

    /** Share of positions where two signatures agree: an estimate of the Jaccard similarity of their shingle sets. */
    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / SIZE;
    }

    /** Hashes of the word 3-shingles of the text made of {@code parts}, in order (see {@link #signature}). */
    static long[] shingles(String... parts) {
        LongStream.Builder shingles = LongStream.builder();
        forEachShingle(parts, shingles);
        return shingles.build().toArray();
    }

    /** SplitMix64 finaliser: a strong 64-bit bit mixer. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
