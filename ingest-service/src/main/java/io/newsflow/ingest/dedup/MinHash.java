package io.newsflow.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MinHash signatures over word 3-shingles. The hash family is fixed (seeded constants), so signatures computed by
 * different ingest instances or releases can be compared with each other.
 */
final class MinHash {

    static final int SIZE = 128;
    static final int SHINGLE_WORDS = 3;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final long[] SEEDS = new long[SIZE];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            x = mix(x + 0x632BE59BD9B4E019L);
            SEEDS[i] = x;
        }
    }

    private MinHash() {
    }

    /** The signature of {@code text}; texts with a high shingle Jaccard similarity agree in many positions. */
    static int[] signature(String text) {
        int[] sig = new int[SIZE];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (long shingle : shingles(text)) {
            for (int i = 0; i < SIZE; i++) {
                int h = (int) (mix(shingle ^ SEEDS[i]) >>> 33);
                if (h < sig[i]) {
                    sig[i] = h;
                }
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

    static Set<Long> shingles(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String[] words = NON_WORD.split(folded.strip());
        Set<Long> shingles = new HashSet<>();
        if (words.length == 0 || (words.length == 1 && words[0].isEmpty())) {
            return shingles;
        }
        int n = Math.max(1, words.length - SHINGLE_WORDS + 1);
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < Math.min(words.length, i + SHINGLE_WORDS); j++) {
                sb.append(words[j]).append(' ');
            }
            shingles.add(fnv(sb.toString()));
        }
        return shingles;
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64 finaliser: a strong 64-bit bit mixer. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
