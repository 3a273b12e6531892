package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.jpountz.lz4.LZ4Factory;

class NativeLz4Test {

    @Test
    void afterLoadingKafkasChoiceOfCodecIsTheNativeOne() {
        // lz4-java ships JNI libraries for the platforms we build and run on (linux/darwin/windows, amd64/aarch64)
        assertThat(NativeLz4.load()).isTrue();
        assertThat(LZ4Factory.fastestInstance()).isSameAs(LZ4Factory.nativeInstance());
        assertThat(LZ4Factory.fastestInstance().fastCompressor().getClass().getSimpleName()).contains("JNI");
    }

    @Test
    void loadingTwiceIsHarmless() {
        assertThat(NativeLz4.load()).isEqualTo(NativeLz4.load());
    }
}
