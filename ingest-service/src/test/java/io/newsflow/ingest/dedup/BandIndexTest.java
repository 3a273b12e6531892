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
}
