package io.newsflow.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void dropsActiveContentAndKeepsParagraphs() {
        String html = "<div><p>First &amp; <b>bold</b>\n paragraph.</p><script>alert('x')</script>"
                + "<style>p{color:red}</style><iframe src=\"https://evil.example\">frame text</iframe>"
                + "<p>Second&nbsp;paragraph&#8217;s end.</p></div>";

        assertThat(HtmlText.text(html)).isEqualTo("First & bold paragraph.\n\nSecond paragraph\u2019s end.");
    }

    @Test
    void keepsBlankLineParagraphsOfPlainTextAndDecodesEntities() {
        assertThat(HtmlText.text("One  line\nstill one.\n\n\nTwo &amp; three"))
                .isEqualTo("One line still one.\n\nTwo & three");
    }

    @Test
    void turnsHtmlHeadlineIntoOneLine() {
        assertThat(HtmlText.line("<b>Elastic</b> &amp; AWS\n<i>split</i>")).isEqualTo("Elastic & AWS split");
    }

    @Test
    void treatsListItemsAndHeadingsAsParagraphs() {
        assertThat(HtmlText.text("<h2>Title</h2><ul><li>one</li><li>two</li></ul>text<br><br>more"))
                .isEqualTo("Title\n\none\n\ntwo\n\ntext\n\nmore");
    }

    @Test
    void plainTextGivesWhatTheRegexDefinitionOfParagraphsAndWhitespaceGives() {
        // the hand-written splitter and collapser are a hot path; this reference is the definition they replace
        java.util.regex.Pattern paragraphBreak = java.util.regex.Pattern.compile("\\n\\s*\\n");
        java.util.regex.Pattern whitespace = java.util.regex.Pattern.compile("[\\p{javaWhitespace}\\p{Z}\\u00A0\\u200B]+");
        String alphabet = "ab .,\n\n\t\r\u000B\f\u00A0\u200B\u2003\u2028xé";
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder input = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                input.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            java.util.List<String> expected = new java.util.ArrayList<>();
            for (String paragraph : paragraphBreak.split(input)) {
                String clean = whitespace.matcher(paragraph).replaceAll(" ").strip();
                if (!clean.isEmpty()) {
                    expected.add(clean);
                }
            }
            assertThat(HtmlText.text(input.toString())).as("input %s", input.toString().chars()
                    .mapToObj(c -> String.format("\\u%04x", c)).toList()).isEqualTo(String.join("\n\n", expected));
            // clean text comes back as it is (the path that copies nothing)
            String clean = String.join("\n\n", expected);
            assertThat(HtmlText.text(clean)).isSameAs(clean);
        }
    }
}
