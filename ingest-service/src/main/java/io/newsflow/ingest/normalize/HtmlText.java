package io.newsflow.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/** HTML (or plain text) to clean plain text: active content dropped, entities decoded, paragraphs kept. */
final class HtmlText {

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");
    private static final String DROPPED = "script, style, iframe, noscript, object, embed, template, svg, canvas, form, head";
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "blockquote", "pre", "article", "section", "header", "footer", "aside", "figure", "figcaption", "table",
            "tr", "dl", "dt", "dd", "hr", "main", "nav", "address");

    private HtmlText() {
    }

    /** One line of plain text, e.g. for a headline: tags stripped, entities decoded, whitespace collapsed. */
    static String line(String html) {
        if (html == null) {
            return null;
        }
        return collapse(String.join(" ", paragraphs(html)));
    }

    /** Plain text with paragraphs separated by one blank line. */
    static String text(String htmlOrText) {
        if (htmlOrText == null) {
            return null;
        }
        return String.join("\n\n", paragraphs(htmlOrText));
    }

    private static List<String> paragraphs(String input) {
        String raw;
        if (input.indexOf('<') >= 0 && LOOKS_LIKE_HTML.matcher(input).find()) {
            Document doc = Jsoup.parseBodyFragment(input);
            doc.select(DROPPED).remove();
            StringBuilder out = new StringBuilder();
            doc.body().traverse(new BlockAwareText(out));
            raw = out.toString();
        } else {
            raw = input.indexOf('&') >= 0 ? Parser.unescapeEntities(input, false) : input;
        }
        List<String> paragraphs = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < raw.length()) {
            if (raw.charAt(i) != '\n') {
                i++;
                continue;
            }
            // a paragraph break is a run of whitespace that holds two or more newlines (the regex \n\s*\n)
            int lastNewline = -1;
            int j = i + 1;
            while (j < raw.length() && isAsciiSpace(raw.charAt(j))) {
                if (raw.charAt(j) == '\n') {
                    lastNewline = j;
                }
                j++;
            }
            if (lastNewline >= 0) {
                addParagraph(paragraphs, raw.substring(start, i));
                start = lastNewline + 1;
            }
            i = j;
        }
        addParagraph(paragraphs, raw.substring(start));
        return paragraphs;
    }

    private static void addParagraph(List<String> paragraphs, String paragraph) {
        String clean = collapse(paragraph);
        if (!clean.isEmpty()) {
            paragraphs.add(clean);
        }
    }

    /** What {@code \s} matches in a Java regex. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isSpace(char c) {
        return c <= ' ' ? Character.isWhitespace(c) || c == ' '
                : c >= 0x7F && (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || Character.isSpaceChar(c));
    }

    /** Runs of whitespace (including no-break and zero-width spaces) to one space, trimmed; a hot path, so no regex. */
    private static String collapse(String s) {
        if (isCollapsed(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when {@code s} has no leading, trailing, repeated or non-plain whitespace: collapsing changes nothing. */
    private static boolean isCollapsed(String s) {
        if (s.isEmpty()) {
            return true;
        }
        boolean previousSpace = true; // a leading space is not collapsed
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (c != ' ' || previousSpace) {
                    return false;
                }
                previousSpace = true;
            } else {
                previousSpace = false;
            }
        }
        return !previousSpace;
    }

    private record BlockAwareText(StringBuilder out) implements NodeVisitor {

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                out.append(text.getWholeText().replace('\n', ' '));
            } else if (node instanceof Element e) {
                if (e.normalName().equals("br")) {
                    out.append('\n');
                } else if (BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                out.append("\n\n");
            }
        }
    }
}
