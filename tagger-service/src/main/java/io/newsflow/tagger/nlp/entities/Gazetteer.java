package io.newsflow.tagger.nlp.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.newsflow.model.EntityType;

/**
 * General-knowledge name lists shipped in {@code io/newsflow/tagger/gazetteer/}: known organisations, products,
 * locations and people (each with aliases), given names, and words that are never entities. Immutable once loaded.
 */
public final class Gazetteer {

    private static final String ROOT = "/io/newsflow/tagger/gazetteer/";

    /** A known name: its type, the canonical name it stands for, and whether it only counts next to that name. */
    record Name(String canonical, EntityType type, boolean weak) {
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final Map<String, Name> names = new HashMap<>();
    private final Map<String, Integer> wordsByLead = new HashMap<>();
    private final Set<String> firstNames = new HashSet<>();
    private final Set<String> nonEntities = new HashSet<>();
    private int longestName;

    private Gazetteer() {
    }

    /** The shipped lists. */
    public static Gazetteer loadDefault() {
        Gazetteer g = new Gazetteer();
        // People and locations first: an organisation or product listed under the same name overrides them.
        g.names("people.txt", EntityType.PERSON);
        g.names("locations.txt", EntityType.LOCATION);
        g.names("products.txt", EntityType.PRODUCT);
        g.names("organizations.txt", EntityType.ORGANIZATION);
        read("first-names.txt", line -> g.firstNames.addAll(List.of(line.split("\\s+"))));
        read("non-entities.txt", line -> {
            for (String word : line.contains("|") ? line.split("\\|") : line.split("\\s+")) {
                g.nonEntities.add(normalize(word));
                // multi-word phrases block names, so the dictionary pass must look that far ahead
                g.wordsByLead.merge(lead(word.strip()), word.strip().split("\\s+").length, Math::max);
            }
        });
        return g;
    }

    /** The known name written exactly as {@code text}, or null. */
    Name name(String text) {
        return names.get(text);
    }

    /** Longest known name, in characters; no dictionary match can be longer. */
    int longestName() {
        return longestName;
    }

    /**
     * How many tokens a known name starting with {@code token} can span at most (0 when none starts with it), with room
     * for the tokenizer splitting "Disney+" or "Ray-Ban" further than spaces do.
     */
    int maxTokens(String token) {
        Integer words = wordsByLead.get(lead(token));
        return words == null ? 0 : words + 2;
    }

    /** The leading letters and digits of a name or token: "U.S." and "U" share the lead "U". */
    private static String lead(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    boolean isFirstName(String token) {
        return firstNames.contains(token);
    }

    /** Whether {@code text} (any case) is a calendar word, title, nationality or other never-entity. */
    boolean isNonEntity(String text) {
        return nonEntities.contains(text.indexOf(' ') < 0 ? text.toLowerCase(Locale.ROOT) : normalize(text));
    }

    /** Number of known names and aliases, for logs and tests. */
    public int size() {
        return names.size();
    }

    static String normalize(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (Character.isWhitespace(lower.charAt(i)) && (lower.charAt(i) != ' ' || i + 1 < lower.length()
                    && Character.isWhitespace(lower.charAt(i + 1)))) {
                return WHITESPACE.matcher(lower).replaceAll(" ");
            }
        }
        return lower;
    }

    private void names(String file, EntityType type) {
        read(file, line -> {
            String[] forms = line.split("\\|");
            String canonical = forms[0].strip();
            for (int i = 0; i < forms.length; i++) {
                String form = forms[i].strip();
                boolean weak = form.startsWith("~");
                form = weak ? form.substring(1) : form;
                names.put(form, new Name(canonical, type, weak));
                longestName = Math.max(longestName, form.length());
                wordsByLead.merge(lead(form), form.split("\\s+").length, Math::max);
            }
        });
    }

    private static void read(String file, Consumer<String> lines) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("Gazetteer " + ROOT + file + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.accept(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gazetteer " + ROOT + file, e);
        }
    }
}
