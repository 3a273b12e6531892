package io.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MinHashTest {

    private static final Random RANDOM = new Random(20261130);

    /** A text of {@code n} words drawn from a large vocabulary, so unrelated texts share almost no 3-shingles. */
    private static List<String> words(int n) {
        List<String> words = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            words.add("w" + RANDOM.nextInt(1_000_000));
        }
        return words;
    }

    /** {@code text} with {@code share} of its words replaced by fresh ones. */
    private static List<String> reworded(List<String> text, double share) {
        List<String> copy = new ArrayList<>(text);
        for (int i = 0; i < copy.size(); i++) {
            if (RANDOM.nextDouble() < share) {
                copy.set(i, "x" + RANDOM.nextInt(1_000_000));
            }
        }
        return copy;
    }

    private static double jaccard(String a, String b) {
        Set<Long> left = set(MinHash.shingles(a));
        Set<Long> right = set(MinHash.shingles(b));
        Set<Long> union = new HashSet<>(left);
        union.addAll(right);
        left.retainAll(right);
        return (double) left.size() / union.size();
    }

    private static Set<Long> set(long[] shingles) {
        Set<Long> set = new HashSet<>();
        Arrays.stream(shingles).forEach(set::add);
        return set;
    }

    private static double meanError(int words, double share, int pairs) {
        double sum = 0;
        for (int i = 0; i < pairs; i++) {
            List<String> original = words(words);
            String a = String.join(" ", original);
            String b = String.join(" ", reworded(original, share));
            sum += MinHash.similarity(MinHash.signature(a), MinHash.signature(b)) - jaccard(a, b);
        }
        return sum / pairs;
    }

    @Test
    void theShareOfEqualPositionsEstimatesTheShingleJaccardOfArticleLengthTexts() {
        for (double share : new double[] {0.02, 0.05, 0.1, 0.2, 0.5}) {
            List<String> original = words(300);
            String a = String.join(" ", original);
            String b = String.join(" ", reworded(original, share));

            // 128 positions: the standard error is at most 0.045
            assertThat(MinHash.similarity(MinHash.signature(a), MinHash.signature(b)))
                    .as("reworded %.0f%%", share * 100).isCloseTo(jaccard(a, b), within(0.15));
        }
    }

    @Test
    void theEstimateIsUnbiasedForShortTextsWhoseBinsAreMostlyFilledByDensification() {
        // 20 words give 18 shingles for 128 bins: most positions are borrowed from the few filled ones
        assertThat(meanError(20, 0.1, 400)).isCloseTo(0, within(0.03));
        assertThat(meanError(60, 0.3, 400)).isCloseTo(0, within(0.03));
    }

    @Test
    void unrelatedTextsAgreeInAlmostNoPosition() {
        for (int words : new int[] {10, 50, 300, 2_000}) {
            int[] a = MinHash.signature(String.join(" ", words(words)));
            int[] b = MinHash.signature(String.join(" ", words(words)));

            assertThat(MinHash.similarity(a, b)).as("%d words", words).isLessThan(0.05);
        }
    }

    @Test
    void theSignatureDependsOnlyOnTheShingleSet() {
        String text = String.join(" ", words(200));

        assertThat(MinHash.signature(text)).containsExactly(MinHash.signature(text.toUpperCase()))
                .containsExactly(MinHash.signature("  " + text.replace(" ", " ,\n ") + ".  "))
                .doesNotContain(Integer.MAX_VALUE);
    }

    @Test
    void aTextWithoutWordsHasASignatureOfEqualValuesAndOneWordAFullOne() {
        assertThat(MinHash.signature("", " -- ")).containsOnly(Integer.MAX_VALUE).hasSize(MinHash.SIZE);
        assertThat(MinHash.signature("word")).hasSize(MinHash.SIZE).doesNotContain(Integer.MAX_VALUE);
    }

    @Test
    void textsOfShortWordsGetAShinglePerWordTriple() {
        StringBuilder dense = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            dense.append((char) ('a' + i % 26)).append(i % 7 == 0 ? ", " : " ");
        }

        // 5,000 one-letter words, more than the word buffer's first guess for this length
        assertThat(MinHash.shingles(dense.toString(), "x y")).hasSize(5_002 - 2);
        assertThat(MinHash.shingles("a b")).hasSize(1);
    }

    @Test
    void hashesStayThoseOfEarlierReleasesSoRememberedSignaturesStillCompare() {
        // values the released code computed: fingerprints on the topic hold signatures made from them
        String title = "Zürich's ÖLPREIS rose 3.3%";
        String body = "to $115-135 billion; Σ users";

        assertThat(MinHash.shingles(title, body)).containsExactly(8308794431328952177L, 1877381185089061671L,
                1368942178165339989L, 4395581679183057831L, -4263486448164831726L, -1509189920460211687L,
                3341883531205203895L, 8061323758671226700L, -6910451130099844467L, -7969368678913981770L);
        int[] signature = MinHash.signature(title, body);
        assertThat(java.util.Arrays.hashCode(signature)).isEqualTo(-1559586697);
        assertThat(signature[0]).isEqualTo(932722517);
    }

    @Test
    void theSignatureIsThatOfItsShingleHashesForTextsOfEveryShape() {
        // the signature streams shingles into their bins as words end; the shingle list is the definition
        String alphabet = "ab Z9é Σ.-\n'\u00A0";
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            String[] parts = new String[1 + random.nextInt(3)];
            for (int p = 0; p < parts.length; p++) {
                StringBuilder part = new StringBuilder();
                int length = random.nextInt(round % 10 == 0 ? 200 : 16);
                for (int i = 0; i < length; i++) {
                    part.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                parts[p] = part.toString();
            }
            assertThat(MinHash.signature(parts)).as("parts %s", Arrays.toString(parts))
                    .containsExactly(MinHash.fromShingles(MinHash.shingles(parts)));
        }
    }
}
