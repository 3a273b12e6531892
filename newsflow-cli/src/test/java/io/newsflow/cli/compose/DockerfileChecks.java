package io.newsflow.cli.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks that the Dockerfile of each built service builds its module, copies exactly the Spring Boot {@code -exec.jar}
 * the build produces, runs it and exposes the service's port. One readable sentence per problem.
 */
final class DockerfileChecks {

    private final ComposeProject project;
    private final ComposeFile compose;

    DockerfileChecks(ComposeProject project) {
        this.project = project;
        this.compose = project.compose();
    }

    List<String> dockerfiles() {
        List<String> problems = new ArrayList<>();
        for (String service : compose.builtServices().keySet()) {
            Path dockerfile = compose.dockerfile(project.root(), service);
            if (!Files.isRegularFile(dockerfile)) {
                problems.add(service + " is built from " + dockerfile + ", which does not exist");
                continue;
            }
            try {
                problems.addAll(dockerfile(service, Files.readString(dockerfile)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return problems;
    }

    /** Checks one service's Dockerfile text: it builds the module, copies the exec jar the build makes and runs it. */
    List<String> dockerfile(String service, String text) {
        List<String> problems = new ArrayList<>();
        String moduleName = project.moduleName(service);
        if (!project.hasModule(moduleName)) {
            return List.of(service + " is built from " + moduleName + ", which is not a module of the parent pom");
        }
        ServiceModule module = project.module(moduleName);
        String resolved = text;
        for (Map.Entry<String, String> arg : compose.buildArgs(service).entrySet()) {
            resolved = resolved.replace("${" + arg.getKey() + "}", arg.getValue()).replace("$" + arg.getKey(), arg.getValue());
        }
        String build = String.join(" ", lines(resolved, "RUN"));
        if (!build.matches("(?s).*\\bmvn\\b.*") || !build.contains("-pl " + moduleName) || !build.contains(" -am")
                || !build.matches("(?s).*\\b(package|install)\\b.*")) {
            problems.add(service + ": the Dockerfile does not run mvn -pl " + moduleName + " -am package");
        }
        String jar = module.pom().artifactId() + "-" + module.pom().version() + "-exec.jar";
        boolean parentRepackagesAsExec = project.parent().plugin("spring-boot-maven-plugin", true)
                .map(plugin -> plugin.getElementsByTagName("classifier"))
                .filter(classifiers -> classifiers.getLength() > 0 && "exec".equals(classifiers.item(0).getTextContent().trim()))
                .isPresent();
        if (!parentRepackagesAsExec || module.pom().plugin("spring-boot-maven-plugin", false).isEmpty()) {
            problems.add(service + ": the build of " + moduleName + " does not produce " + jar
                    + " (spring-boot-maven-plugin with classifier exec)");
        }
        List<String[]> copies = lines(resolved, "COPY").stream().map(copy -> copy.trim().split("\\s+"))
                .filter(words -> words.length >= 3 && words[0].startsWith("--from=")
                        && copiesOnlyExecJar(words[words.length - 2], moduleName, jar,
                                module.pom().artifactId() + "-" + module.pom().version() + ".jar"))
                .toList();
        if (copies.isEmpty()) {
            problems.add(service + ": no COPY --from the build stage takes exactly " + moduleName + "/target/" + jar);
        } else if (Stream.concat(lines(resolved, "ENTRYPOINT").stream(), lines(resolved, "CMD").stream())
                .noneMatch(line -> line.contains(jarDestination(copies)))) {
            problems.add(service + ": the image copies the jar to " + jarDestination(copies) + " but does not run it");
        }
        Integer port = module.serverPort();
        if (port != null && lines(resolved, "EXPOSE").stream().noneMatch(line -> line.trim().equals(String.valueOf(port)))) {
            problems.add(service + ": the Dockerfile does not EXPOSE " + port);
        }
        return problems;
    }

    private static String jarDestination(List<String[]> copies) {
        String[] words = copies.get(0);
        return words[words.length - 1];
    }

    /** The arguments of every instruction of this kind, with line continuations joined. */
    private static List<String> lines(String dockerfile, String instruction) {
        List<String> found = new ArrayList<>();
        for (String line : dockerfile.replaceAll("\\\\\\r?\\n", " ").split("\\r?\\n")) {
            String trimmed = line.trim();
            if (trimmed.regionMatches(true, 0, instruction + " ", 0, instruction.length() + 1)) {
                found.add(trimmed.substring(instruction.length() + 1));
            }
        }
        return found;
    }

    /**
     * Whether the COPY source {@code glob} names {@code <module>/target/<exec jar>} and only that jar: a glob that also
     * matched the plain jar beside it would copy two files onto one.
     */
    private static boolean copiesOnlyExecJar(String glob, String module, String execJar, String plainJar) {
        String[] segments = glob.split("/");
        int n = segments.length;
        String name = Pattern.quote(segments[n - 1]).replace("*", "\\E.*\\Q");
        return n >= 3 && segments[n - 3].equals(module) && segments[n - 2].equals("target")
                && execJar.matches(name) && !plainJar.matches(name);
    }
}
