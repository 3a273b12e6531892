package io.newsflow.ingest.pipeline;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a batch on several threads, chunk by chunk, while the calling thread takes the results in order as soon as
 * each chunk is ready: the pure, costly step (normalising) of later chunks overlaps the ordered step
 * (de-duplication, publishing) of earlier ones, instead of every core waiting for the slowest before the ordered step
 * starts alone. When the caller is ahead of the workers it maps chunks itself, so no core idles while work is left.
 */
public final class InOrder {

    /** Small enough that the ordered step starts early, large enough that claiming a chunk costs nothing. */
    static final int CHUNK = 32;

    private InOrder() {
    }

    /** What the calling thread does with each result, in the order of the items. */
    @FunctionalInterface
    public interface Consumer<R> {
        void accept(int index, R result);
    }

    /**
     * Applies {@code map} to every item, on the common pool and the calling thread, and hands the results to
     * {@code consumer} on the calling thread in item order. An exception from {@code map} or {@code consumer} stops
     * the work and is rethrown.
     */
    public static <T, R> void map(List<T> items, Function<T, R> map, Consumer<R> consumer) {
        int chunks = (items.size() + CHUNK - 1) / CHUNK;
        Object[] results = new Object[items.size()];
        @SuppressWarnings("unchecked")
        CompletableFuture<Void>[] done = new CompletableFuture[chunks];
        for (int c = 0; c < chunks; c++) {
            done[c] = new CompletableFuture<>();
        }
        AtomicInteger next = new AtomicInteger();
        Chunks<T, R> work = new Chunks<>(items, map, results, done, next);
        int workers = Math.min(ForkJoinPool.getCommonPoolParallelism(), chunks - 1);
        for (int w = 0; w < workers; w++) {
            ForkJoinPool.commonPool().execute(work::runAll);
        }
        try {
            for (int c = 0; c < chunks; c++) {
                while (!done[c].isDone() && work.runOne()) {
                    // ahead of the workers: map a chunk here rather than wait
                }
                done[c].join();
                for (int i = c * CHUNK; i < Math.min(items.size(), (c + 1) * CHUNK); i++) {
                    @SuppressWarnings("unchecked")
                    R result = (R) results[i];
                    consumer.accept(i, result);
                }
            }
        } catch (CompletionException e) {
            next.set(chunks);
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } catch (RuntimeException e) {
            next.set(chunks); // the workers stop at their next chunk
            throw e;
        }
    }

    private record Chunks<T, R>(List<T> items, Function<T, R> map, Object[] results, CompletableFuture<Void>[] done,
                                AtomicInteger next) {

        void runAll() {
            while (runOne()) {
                // until no chunk is left
            }
        }

        /** Maps the next unclaimed chunk; false when none is left. */
        boolean runOne() {
            int c = next.getAndIncrement();
            if (c >= done.length) {
                return false;
            }
            try {
                for (int i = c * CHUNK; i < Math.min(items.size(), (c + 1) * CHUNK); i++) {
                    results[i] = map.apply(items.get(i));
                }
                done[c].complete(null);
            } catch (RuntimeException | Error e) {
                done[c].completeExceptionally(e);
            }
            return true;
        }
    }
}
