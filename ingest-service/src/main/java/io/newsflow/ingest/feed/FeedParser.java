package io.newsflow.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/**
 * Parses RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 with ROME, and JSON Feed 1.0/1.1 with Jackson. ROME's DOCTYPE ban stays
 * on, so external entities (XXE) and entity expansion ("billion laughs") are refused. A document whose bytes do not
 * match its declared encoding is read again as windows-1252, which is what such feeds nearly always are.
 */
final class FeedParser {

    private static final Pattern DECLARED_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECLARATION = Pattern.compile("^\\s*<\\?xml[^>]*\\?>");

    /** Parses {@code body}; throws {@link FeedRejectedException} with a readable reason when it is not a usable feed. */
    ParsedFeed parse(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            throw new FeedRejectedException("feed document is empty");
        }
        if (looksLikeJson(body, contentType)) {
            return JsonFeedParser.parse(body);
        }
        SyndFeed feed = parseXml(body, contentType);
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            entries.add(entry(e, feed.getLanguage()));
        }
        return new ParsedFeed(feed.getTitle(), feed.getFeedType(), entries);
    }

    private static SyndFeed parseXml(byte[] body, String contentType) {
        if (claimsUtf8(body, contentType) && !isValidUtf8(body)) {
            return parseAsWindows1252(body, new CharacterCodingException());
        }
        try {
            return input().build(new XmlReader(new ByteArrayInputStream(body), xmlContentType(contentType), true));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            if (isRefusedDoctype(e)) {
                throw new FeedRejectedException("feed declares a DOCTYPE, refused (external entities and entity expansion are not allowed)", e);
            }
            if (!isValidUtf8(body) || isEncodingError(e)) {
                return parseAsWindows1252(body, e);
            }
            throw new FeedRejectedException("not a readable RSS, Atom or JSON feed: " + message(e), e);
        }
    }

    private static SyndFeed parseAsWindows1252(byte[] body, Exception first) {
        String text = XML_DECLARATION.matcher(new String(body, Charset.forName("windows-1252"))).replaceFirst("");
        try {
            return input().build(new StringReader(text));
        } catch (FeedException | IllegalArgumentException e) {
            if (isRefusedDoctype(e)) {
                throw new FeedRejectedException("feed declares a DOCTYPE, refused (external entities and entity expansion are not allowed)", e);
            }
            throw new FeedRejectedException("not a readable RSS, Atom or JSON feed: " + message(first), first);
        }
    }

    private static SyndFeedInput input() {
        SyndFeedInput input = new SyndFeedInput();
        input.setXmlHealerOn(true);
        return input;
    }

    private static FeedEntry entry(SyndEntry e, String feedLanguage) {
        String content = null;
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                content = c.getValue();
                break;
            }
        }
        if (content == null && e.getDescription() != null) {
            content = e.getDescription().getValue();
        }
        java.util.Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        String link = e.getLink();
        if ((link == null || link.isBlank()) && e.getUri() != null && e.getUri().startsWith("http")) {
            link = e.getUri();
        }
        String key = e.getUri() != null && !e.getUri().isBlank() ? e.getUri() : link;
        return new FeedEntry(key, link, e.getTitle(), content, date == null ? null : date.toInstant().toString(), feedLanguage);
    }

    private static boolean looksLikeJson(byte[] body, String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
            return true;
        }
        for (byte b : body) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '{';
            }
        }
        return false;
    }

    private static String xmlContentType(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("xml") ? contentType : null;
    }

    private static boolean isRefusedDoctype(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("doctype")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEncodingError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof CharacterCodingException || m.contains("utf-8") || m.contains("byte sequence") || m.contains("encoding")) {
                return true;
            }
        }
        return false;
    }

    private static boolean claimsUtf8(byte[] body, String contentType) {
        String head = new String(body, 0, Math.min(body.length, 256), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher declared = DECLARED_ENCODING.matcher(head);
        java.util.regex.Matcher charset = contentType == null ? null : CHARSET.matcher(contentType);
        boolean declaredUtf8 = !declared.find() || declared.group(1).equalsIgnoreCase("utf-8") || declared.group(1).equalsIgnoreCase("utf8");
        boolean headerUtf8 = charset == null || !charset.find() || charset.group(1).equalsIgnoreCase("utf-8");
        return declaredUtf8 && headerUtf8;
    }

    private static boolean isValidUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
