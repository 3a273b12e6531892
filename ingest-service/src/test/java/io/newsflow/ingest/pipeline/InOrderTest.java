package io.newsflow.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class InOrderTest {

    private static final List<Integer> ITEMS = IntStream.range(0, 1_000).boxed().toList();

    @Test
    void mapsEveryItemOnceAndHandsTheResultsOverInOrderOnTheCallingThread() {
        AtomicInteger mapped = new AtomicInteger();
        List<Integer> indexes = new ArrayList<>();
        List<String> results = new ArrayList<>();
        Set<Thread> consumers = ConcurrentHashMap.newKeySet();

        InOrder.map(ITEMS, n -> {
            mapped.incrementAndGet();
            return "#" + n;
        }, (i, result) -> {
            consumers.add(Thread.currentThread());
            indexes.add(i);
            results.add(result);
        });

        assertThat(mapped).hasValue(ITEMS.size());
        assertThat(indexes).isEqualTo(ITEMS);
        assertThat(results).first().isEqualTo("#0");
        assertThat(results).last().isEqualTo("#999");
        assertThat(consumers).containsExactly(Thread.currentThread());
    }

    @Test
    void theCallerDoesAllTheWorkWhenThePoolIsBusy() throws Exception {
        int parallelism = ForkJoinPool.getCommonPoolParallelism();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(parallelism);
        for (int i = 0; i < parallelism; i++) {
            ForkJoinPool.commonPool().execute(() -> {
                blocked.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        try {
            assertThat(blocked.await(10, TimeUnit.SECONDS)).isTrue();
            Set<Thread> mappers = ConcurrentHashMap.newKeySet();
            List<Integer> seen = new ArrayList<>();

            InOrder.map(ITEMS, n -> {
                mappers.add(Thread.currentThread());
                return n * 2;
            }, (i, result) -> seen.add(result));

            assertThat(mappers).containsExactly(Thread.currentThread());
            assertThat(seen).hasSize(ITEMS.size()).startsWith(0, 2, 4).endsWith(1_998);
        } finally {
            release.countDown();
        }
    }

    @Test
    void aFailureInTheMapOrTheConsumerStopsTheWorkAndReachesTheCaller() {
        assertThatThrownBy(() -> InOrder.map(ITEMS, n -> {
            if (n == 700) {
                throw new IllegalStateException("item 700 broke");
            }
            return n;
        }, (i, result) -> { })).isInstanceOf(IllegalStateException.class).hasMessage("item 700 broke");

        List<Integer> consumed = new ArrayList<>();
        assertThatThrownBy(() -> InOrder.map(ITEMS, n -> n, (i, result) -> {
            if (i == 40) {
                throw new IllegalArgumentException("stop at 40");
            }
            consumed.add(result);
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("stop at 40");
        assertThat(consumed).hasSize(40);
    }

    @Test
    void anEmptyBatchDoesNothing() {
        InOrder.map(List.<Integer>of(), n -> n, (i, result) -> {
            throw new AssertionError("nothing to consume");
        });
    }
}
