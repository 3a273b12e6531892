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
}
