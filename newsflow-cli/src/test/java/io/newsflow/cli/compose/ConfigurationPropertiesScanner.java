package io.newsflow.cli.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code @ConfigurationProperties("prefix") record X(...)} declarations from Java sources, so the compose test
 * knows which {@code NEWSFLOW_*} variables a service can bind without starting it.
 */
final class ConfigurationPropertiesScanner {

    private static final Pattern ANNOTATION = Pattern.compile(
            "@ConfigurationProperties\\s*\\(\\s*(?:(?:value|prefix)\\s*=\\s*)?\"([^\"]+)\"[^)]*\\)");
    private static final Pattern RECORD_AFTER_ANNOTATIONS = Pattern.compile(
            "^(?:\\s+|@[\\w.]+(?:\\([^)]*\\))?|public|protected|private|static|final)*record\\s+\\w+\\s*\\(");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])'");
    private static final Pattern COMPONENT_ANNOTATION = Pattern.compile("@[\\w.]+(?:\\s*\\([^()]*\\))?");
    private static final Set<String> SCALAR_TYPES = Set.of("String", "Integer", "int", "Long", "long", "Double",
            "double", "Float", "float", "Boolean", "boolean", "Short", "short", "Duration", "Period", "DataSize",
            "Path", "URI", "URL", "Instant", "LocalDate", "Charset", "Locale", "InetAddress");

    private ConfigurationPropertiesScanner() {
    }

    static PropertySurface scan(List<Path> sourceRoots) {
        PropertySurface surface = new PropertySurface();
        for (Path root : sourceRoots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    surface.addAll(parse(Files.readString(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read sources under " + root, e);
            }
        }
        return surface;
    }

    static PropertySurface parse(String source) {
        PropertySurface surface = new PropertySurface();
        Matcher annotation = ANNOTATION.matcher(source);
        while (annotation.find()) {
            String prefix = annotation.group(1);
            Matcher record = RECORD_AFTER_ANNOTATIONS.matcher(source.substring(annotation.end()));
            if (!record.find()) {
                // A class or a @Bean method: its setters are not parsed here, so anything beneath the prefix is accepted.
                surface.prefixes().add(prefix);
                continue;
            }
            int open = annotation.end() + record.end() - 1;
            for (String component : splitTopLevel(source.substring(open + 1, closingParenthesis(source, open)))) {
                addComponent(surface, prefix, component);
            }
        }
        return surface;
    }

    private static void addComponent(PropertySurface surface, String prefix, String component) {
        String declaration = COMPONENT_ANNOTATION.matcher(STRING_LITERAL.matcher(component).replaceAll("\"\""))
                .replaceAll(" ").trim();
        if (declaration.isEmpty()) {
            return;
        }
        int space = declaration.lastIndexOf(' ');
        String type = declaration.substring(0, space).replaceAll("\\s+", "");
        String property = prefix + "." + RelaxedBinding.dashed(declaration.substring(space + 1));
        String rawType = type.contains("<") ? type.substring(0, type.indexOf('<')) : type;
        if (SCALAR_TYPES.contains(rawType) || type.endsWith("[]") && SCALAR_TYPES.contains(type.replace("[]", ""))) {
            surface.scalars().add(property);
        } else if ((rawType.equals("List") || rawType.equals("Set"))
                && SCALAR_TYPES.contains(type.substring(type.indexOf('<') + 1, type.length() - 1))) {
            surface.lists().add(property);
        } else {
            surface.prefixes().add(property);
        }
    }

    private static int closingParenthesis(String source, int open) {
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                i = source.indexOf('"', i + 1);
                while (source.charAt(i - 1) == '\\') {
                    i = source.indexOf('"', i + 1);
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unbalanced record header at offset " + open);
    }

    private static List<String> splitTopLevel(String components) {
        String text = STRING_LITERAL.matcher(components).replaceAll("\"\"");
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '<') {
                depth++;
            } else if (c == ')' || c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
