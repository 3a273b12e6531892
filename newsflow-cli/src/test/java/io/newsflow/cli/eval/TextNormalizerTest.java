package io.newsflow.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void foldsCaseAndCollapsesWhitespace() {
        assertThat(TextNormalizer.normalize("  Open   Source\tInitiative ")).isEqualTo("open source initiative");
    }

    @Test
    void dropsALeadingTheOnly() {
        assertThat(TextNormalizer.normalize("The European Commission")).isEqualTo("european commission");
        assertThat(TextNormalizer.normalize("Theranos")).isEqualTo("theranos");
        assertThat(TextNormalizer.normalize("Bank of the West")).isEqualTo("bank of the west");
    }

    @Test
    void unifiesCurlyAndStraightQuotes() {
        assertThat(TextNormalizer.normalize("McDonald’s")).isEqualTo(TextNormalizer.normalize("McDonald's"));
        assertThat(TextNormalizer.normalize("“Vkusno”")).isEqualTo("\"vkusno\"");
    }

    @Test
    void unifiesHyphenAndDashVariants() {
        assertThat(TextNormalizer.normalize("$115–135 billion")).isEqualTo("$115-135 billion");
        assertThat(TextNormalizer.normalize("50—100 times")).isEqualTo(TextNormalizer.normalize("50-100 times"));
    }
}
