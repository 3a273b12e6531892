package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class Utf8Test {

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void refusesExactlyWhatTheJdksStrictDecoderRefuses() {
        Random random = new Random(11);
        // bytes around the boundaries that matter: ASCII, continuation bytes, lead bytes of every length
        int[] pool = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED,
                0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF};
        int accepted = 0;
        for (int round = 0; round < 200_000; round++) {
            byte[] bytes = new byte[1 + random.nextInt(6)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) pool[random.nextInt(pool.length)];
            }
            boolean expected = jdkAccepts(bytes);
            accepted += expected ? 1 : 0;
            assertThat(Utf8.check(bytes) != Utf8.INVALID).as("bytes %s", java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(expected);
        }
        assertThat(accepted).as("the sample must hold valid sequences too").isGreaterThan(1_000);
    }

    @Test
    void acceptsRealTextAndReportsNulBytes() {
        assertThat(Utf8.check("Zürich raises €1.8 billion — 東京 🚀".getBytes(StandardCharsets.UTF_8))).isEqualTo(Utf8.VALID);
        assertThat(Utf8.check(new byte[] {'{', 0, '}'})).isEqualTo(Utf8.HAS_NUL);
        assertThat(Utf8.check(new byte[] {(byte) 0xE2, (byte) 0x82})).isEqualTo(Utf8.INVALID);
    }
}
