package io.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BandIndexTest {

    private static List<Integer> slots(BandIndex index, long band) {
        List<Integer> out = new ArrayList<>();
        index.forEach(band, out::add);
        return out;
    }

    @Test
    void keepsEverySlotOfABandAcrossGrowthAndRemovals() {
        BandIndex index = new BandIndex();
        for (int slot = 0; slot < 50_000; slot++) {
            index.add(slot % 1000, slot);
        }
        for (int slot = 0; slot < 50_000; slot += 2) {
            index.remove(slot % 1000, slot);
        }
        for (int slot = 50_000; slot < 60_000; slot++) {
            index.add(slot % 1000, slot); // forces compaction of the removed entries
        }

        assertThat(slots(index, 7)).hasSize(50 + 10).allSatisfy(s -> assertThat(s % 1000).isEqualTo(7));
        assertThat(slots(index, 8)).hasSize(10).allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(50_000));
        assertThat(slots(index, 123_456_789L)).isEmpty();
    }

    @Test
    void tellsApartBandsThatCollideInTheTable() {
        BandIndex index = new BandIndex();
        index.add(1L, 10);
        index.add(1L << 40, 20);
        index.add(-1L, 30);

        assertThat(slots(index, 1L)).containsExactly(10);
        assertThat(slots(index, 1L << 40)).containsExactly(20);
        assertThat(slots(index, -1L)).containsExactly(30);
    }

    @Test
    void findsEachOfManyBandsWithAtMostARareExtraSlot() {
        BandIndex index = new BandIndex();
        java.util.Random random = new java.util.Random(3);
        long[] bands = new long[300_000];
        for (int slot = 0; slot < bands.length; slot++) {
            bands[slot] = random.nextLong();
            index.add(bands[slot], slot);
        }
        int extras = 0;
        for (int slot = 0; slot < bands.length; slot++) {
            List<Integer> found = slots(index, bands[slot]);
            assertThat(found).contains(slot);
            extras += found.size() - 1;
        }
        assertThat(index.size()).isEqualTo(bands.length);
        // only bands whose 32-bit tags collide share entries: about n^2 / 2^33, i.e. ~10 for 300,000
        assertThat(extras).isLessThan(100);
    }
}
