package io.newsflow.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    private static final java.util.regex.Pattern PARAGRAPH_BREAK = java.util.regex.Pattern.compile("\\n\\s*\\n");
    private static final java.util.regex.Pattern WHITESPACE =
            java.util.regex.Pattern.compile("[\\p{javaWhitespace}\\p{Z}\\u00A0\\u200B]+");

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
        String alphabet = "ab .,\n\n\t\r\u000B\f\u00A0\u200B\u2003\u2028xé";
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder input = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                input.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertCleanedAsTheRegexDefinitionSays(input.toString());
        }
    }

    @Test
    void proseWithOddWhitespaceHereAndThereGivesWhatTheRegexDefinitionGives() {
        // mostly words and single spaces, as real text is: the fast loop, left and re-entered at odd places
        String whitespace = " \n\t\r\u000B\f\u001C\u00A0\u200B\u2003\u2028";
        String text = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789.,;:!?'\"-()~\u0001é’ü";
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder input = new StringBuilder();
            int length = random.nextInt(300);
            while (input.length() < length) {
                int roll = random.nextInt(20);
                if (roll < 3) {
                    input.append(roll == 0 ? "\n\n" : roll == 1 ? " \n\n " : "  ");
                } else if (roll < 5) {
                    input.append(whitespace.charAt(random.nextInt(whitespace.length())));
                } else if (roll < 10) {
                    input.append(' ');
                } else {
                    input.append(text.charAt(random.nextInt(text.length())));
                }
            }
            assertCleanedAsTheRegexDefinitionSays(input.toString());
        }
    }

    /** The hand-written splitter and collapser are a hot path; this reference is the definition they replace. */
    private static void assertCleanedAsTheRegexDefinitionSays(String input) {
        java.util.List<String> expected = new java.util.ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(input)) {
            String clean = WHITESPACE.matcher(paragraph).replaceAll(" ").strip();
            if (!clean.isEmpty()) {
                expected.add(clean);
            }
        }
        String described = input.chars().mapToObj(c -> String.format("\\u%04x", c)).toList().toString();
        String text = String.join("\n\n", expected);
        assertThat(HtmlText.text(input)).as("text of %s", described).isEqualTo(text);
        assertThat(HtmlText.line(input)).as("line of %s", described)
                .isEqualTo(WHITESPACE.matcher(input).replaceAll(" ").strip());
        // clean text comes back as it is (the path that copies nothing)
        assertThat(HtmlText.text(text)).isSameAs(text);
        String line = HtmlText.line(input);
        assertThat(HtmlText.line(line)).isSameAs(line);
    }
}
