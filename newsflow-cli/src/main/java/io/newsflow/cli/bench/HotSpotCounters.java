package io.newsflow.cli.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * Reads a HotSpot JVM's performance counters from its {@code hsperfdata} file, as {@code jstat} does but without
 * attaching to or starting a JVM: cheap enough to read around every timed phase of another process.
 */
final class HotSpotCounters {

    private static final int MAGIC = 0xcafec0c0;

    private HotSpotCounters() {
    }

    /** Milliseconds the JIT compilers of JVM {@code pid} spent so far; empty if its counters cannot be read. */
    static OptionalLong jitMillis(long pid) {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "hsperfdata_" + System.getProperty("user.name"),
                Long.toString(pid));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
            channel.read(buffer, 0);
            OptionalLong ticks = longCounter(buffer, "java.ci.totalTime");
            OptionalLong frequency = longCounter(buffer, "sun.os.hrt.frequency");
            return ticks.isPresent() && frequency.isPresent() && frequency.getAsLong() > 0
                    ? OptionalLong.of(ticks.getAsLong() * 1000 / frequency.getAsLong()) : OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The layout of {@code PerfDataPrologue} and {@code PerfDataEntry} in HotSpot's perfMemory.hpp (version 2). */
    private static OptionalLong longCounter(ByteBuffer buffer, String name) {
        if (buffer.order(ByteOrder.BIG_ENDIAN).getInt(0) != MAGIC) {
            return OptionalLong.empty();
        }
        buffer.order(buffer.get(4) == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int entry = buffer.getInt(24);
        int entries = buffer.getInt(28);
        for (int i = 0; i < entries && entry > 0 && entry < buffer.capacity(); i++) {
            int length = buffer.getInt(entry);
            int nameStart = entry + buffer.getInt(entry + 4);
            int nameEnd = nameStart;
            while (buffer.get(nameEnd) != 0) {
                nameEnd++;
            }
            if (buffer.get(entry + 12) == 'J' && buffer.getInt(entry + 8) == 0
                    && name.equals(new String(buffer.array(), nameStart, nameEnd - nameStart, StandardCharsets.US_ASCII))) {
                return OptionalLong.of(buffer.getLong(entry + buffer.getInt(entry + 16)));
            }
            entry += length;
        }
        return OptionalLong.empty();
    }
}
