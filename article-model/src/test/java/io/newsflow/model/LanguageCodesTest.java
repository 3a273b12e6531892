package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCodesTest {

    @Test
    void mapsModelCodesToTwoLetterCodes() {
        assertThat(LanguageCodes.toPart1("eng")).isEqualTo("en");
        assertThat(LanguageCodes.toPart1("deu")).isEqualTo("de");
        assertThat(LanguageCodes.toPart1("cmn")).isEqualTo("zh");
        assertThat(LanguageCodes.toPart1("nob")).isEqualTo("nb");
        assertThat(LanguageCodes.toPart1("arb")).isEqualTo("ar");
    }

    @Test
    void leavesTwoLetterAndUnknownCodesAlone() {
        assertThat(LanguageCodes.toPart1("fr")).isEqualTo("fr");
        assertThat(LanguageCodes.toPart1("xyz")).isEqualTo("xyz");
        assertThat(LanguageCodes.toPart1(null)).isNull();
    }
}
