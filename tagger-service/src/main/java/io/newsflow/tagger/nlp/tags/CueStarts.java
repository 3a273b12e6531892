package io.newsflow.tagger.nlp.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a sentence each cue pattern could start a match, found in one pass over the sentence's characters, so
 * that the costly patterns (dozens of alternatives, tried at every position) run only at those few positions.
 *
 * <p>Built from the patterns themselves, not from a hand-kept word list: a trie of the first {@value #DEPTH}
 * characters a match can start with, explored with {@link Matcher#hitEnd()} (a prefix that neither matches nor hits
 * the end of the input can start no match, whatever follows). The prefilter over-approximates and never misses a
 * start: lookbehinds are dropped before exploring, characters outside the explored alphabet count as "anything",
 * and a prefix followed by almost any character stops the exploration there.
 */
final class CueStarts {

    static final int DEPTH = 4;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + " $€£¥%-–—'’\"“”.,;:!?()&/+#@*";
    /** What precedes the start, as far as {@code \b} can tell: a word character, another character, nothing. */
    private static final String[] CONTEXTS = {"a", " ", ""};
    private static final int WORD = 0;
    private static final int OTHER = 1;
    private static final int START = 2;
    private static final char[] INDEX = new char[0x2100];

    static {
        java.util.Arrays.fill(INDEX, (char) 0xFFFF);
        for (int i = 0; i < ALPHABET.length(); i++) {
            INDEX[ALPHABET.charAt(i)] = (char) i;
        }
    }

    /** Trie nodes: children per alphabet letter (0 or null: none), patterns still possible, patterns to try here. */
    private final List<int[]> children = new ArrayList<>();
    private final List<long[]> masks = new ArrayList<>();
    private final int[] roots = new int[CONTEXTS.length];

    /** @param patterns at most 64; bit {@code i} of a scan's masks stands for {@code patterns.get(i)} */
    CueStarts(List<Pattern> patterns) {
        if (patterns.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 patterns, got " + patterns.size());
        }
        for (int c = 0; c < CONTEXTS.length; c++) {
            roots[c] = node();
        }
        for (int i = 0; i < patterns.size(); i++) {
            Pattern relaxed = Pattern.compile(withoutLookbehinds(patterns.get(i).pattern()), patterns.get(i).flags());
            for (int c = 0; c < CONTEXTS.length; c++) {
                explore(relaxed.matcher(""), CONTEXTS[c], roots[c], "", 1L << i);
            }
        }
    }

    /** Per position of {@code sentence}, the patterns that may match starting there (bit {@code i}: pattern i). */
    long[] scan(String sentence) {
        long[] at = new long[sentence.length()];
        for (int i = 0; i < at.length; i++) {
            if (i == 0) {
                at[i] = walk(roots[START], sentence, i);
                continue;
            }
            char before = sentence.charAt(i - 1);
            int type = Character.getType(before);
            if (Character.isSurrogate(before) || type == Character.NON_SPACING_MARK) {
                at[i] = walk(roots[WORD], sentence, i) | walk(roots[OTHER], sentence, i);
            } else {
                at[i] = walk(roots[before == '_' || Character.isLetterOrDigit(before) ? WORD : OTHER], sentence, i);
            }
        }
        return at;
    }

    private long walk(int node, String sentence, int from) {
        long found = 0;
        for (int i = from; ; i++) {
            long[] mask = masks.get(node);
            found |= mask[1];
            char c = i < sentence.length() ? sentence.charAt(i) : 0xFFFF;
            int letter = c < INDEX.length ? INDEX[c] : 0xFFFF;
            if (i == sentence.length() || letter == 0xFFFF) {
                return found | mask[0]; // the sentence ends, or a character never explored: anything still possible
            }
            int[] next = children.get(node);
            if (next == null || next[letter] == 0) {
                return found;
            }
            node = next[letter];
        }
    }

    private void explore(Matcher matcher, String context, int node, String prefix, long bit) {
        masks.get(node)[0] |= bit;
        int[] outcome = new int[ALPHABET.length()];
        int possible = 0;
        for (int a = 0; a < ALPHABET.length(); a++) {
            String input = context + prefix + ALPHABET.charAt(a);
            matcher.reset(input).region(context.length(), input.length());
            matcher.useTransparentBounds(true).useAnchoringBounds(false);
            outcome[a] = matcher.lookingAt() ? 2 : matcher.hitEnd() ? 1 : 0;
            possible += outcome[a] > 0 ? 1 : 0;
        }
        if (possible * 2 > ALPHABET.length()) {
            masks.get(node)[1] |= bit; // open to nearly anything next: try the pattern here
            return;
        }
        for (int a = 0; a < ALPHABET.length(); a++) {
            if (outcome[a] == 0) {
                continue;
            }
            if (children.get(node) == null) {
                children.set(node, new int[ALPHABET.length()]); // most nodes are leaves and need none
            }
            int child = children.get(node)[a];
            if (child == 0) {
                child = node();
                children.get(node)[a] = child;
            }
            if (outcome[a] == 2 || prefix.length() + 1 == DEPTH) {
                masks.get(child)[0] |= bit; // a match, or deep enough: try the pattern here
                masks.get(child)[1] |= bit;
            } else {
                explore(matcher, context, child, prefix + ALPHABET.charAt(a), bit);
            }
        }
    }

    private int node() {
        children.add(null);
        masks.add(new long[2]);
        return children.size() - 1;
    }

    /** The regex without its lookbehinds: it then matches at least wherever the original does. */
    static String withoutLookbehinds(String regex) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            if (regex.startsWith("(?<!", i) || regex.startsWith("(?<=", i)) {
                i = groupEnd(regex, i);
                continue;
            }
            char c = regex.charAt(i);
            int next = c == '\\' ? Math.min(i + 2, regex.length()) : i + 1;
            out.append(regex, i, next);
            i = next;
        }
        return out.toString();
    }

    /** Index after the group opening at {@code open}, skipping escapes and character classes. */
    private static int groupEnd(String regex, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unbalanced group at " + open + " in " + regex);
    }
}
