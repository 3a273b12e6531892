package io.newsflow.ingest.dedup;

import java.util.Arrays;

/**
 * MinHash signatures over word 3-shingles. The hash family is fixed (seeded constants), so signatures computed by
 * different ingest instances or releases can be compared with each other. Runs once or twice per article, so it
 * avoids regexes, boxing and per-shingle strings: words are hashed in place and shingle hashes combined from them.
 */
final class MinHash {

    static final int SIZE = 128;
    static final int SHINGLE_WORDS = 3;
    private static final long[] SEEDS = new long[SIZE];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            x = mix(x + 0x632BE59BD9B4E019L);
            SEEDS[i] = x | 1;
        }
    }

    private MinHash() {
    }

    /**
     * The signature of the text made of {@code parts} (as if joined with a blank line); texts with a high shingle
     * Jaccard similarity agree in many positions.
     */
    static int[] signature(String... parts) {
        long[] shingles = shingles(parts);
        int[] sig = new int[SIZE];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < SIZE; i++) {
                // multiply-shift hashing: one multiply per position; the top 31 bits of a random odd multiplier
                // times a well-mixed key are close to independent across positions
                // (a branch-free min lets the JIT vectorise the loop)
                sig[i] = Math.min(sig[i], (int) ((shingle * SEEDS[i]) >>> 33));
            }
        }
        return sig;
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

    /**
     * Hashes of the word 3-shingles of the text made of {@code parts} (words: runs of letters and digits, case-folded;
     * a part ends a word, as the blank line joining them would). Taking parts spares copying a title and body into one
     * string.
     */
    static long[] shingles(String... parts) {
        int length = 0;
        for (String part : parts) {
            length += part.length();
        }
        long[] words = new long[Math.max(1, length / 2 + parts.length)];
        int count = 0;
        for (String text : parts) {
            long h = 0;
            boolean inWord = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    char folded = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
                    h = (inWord ? h : 0xcbf29ce484222325L) ^ folded;
                    h *= 0x100000001b3L;
                    inWord = true;
                } else if (inWord) {
                    words[count++] = h;
                    inWord = false;
                }
            }
            if (inWord) {
                words[count++] = h;
            }
        }
        if (count == 0) {
            return new long[0];
        }
        int n = Math.max(1, count - SHINGLE_WORDS + 1);
        long[] shingles = new long[n];
        for (int i = 0; i < n; i++) {
            long s = 0;
            for (int j = i; j < Math.min(count, i + SHINGLE_WORDS); j++) {
                s = mix(s * 0x9E3779B97F4A7C15L + words[j]);
            }
            shingles[i] = s;
        }
        return shingles;
    }

    /** SplitMix64 finaliser: a strong 64-bit bit mixer. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
