package io.newsflow.cli.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks of each service built from this repository against its Maven module: ports, environment variables and the
 * Dockerfile. Each method returns one readable sentence per problem; an empty list means the check passes.
 */
final class ServiceChecks {

    private static final Pattern LOCAL_ADDRESS = Pattern.compile("localhost|127\\.0\\.0\\.1");

    private final ComposeProject project;
    private final ComposeFile compose;
    private final SpringBootMetadata metadata;

    ServiceChecks(ComposeProject project, SpringBootMetadata metadata) {
        this.project = project;
        this.compose = project.compose();
        this.metadata = metadata;
    }

    List<String> ports() {
        List<String> problems = new ArrayList<>();
        for (String service : compose.builtServices().keySet()) {
            String moduleName = project.moduleName(service);
            if (!project.hasModule(moduleName)) {
                problems.add(service + " is built from " + moduleName + ", which is not a module of the parent pom");
                continue;
            }
            Integer port = project.module(moduleName).serverPort();
            if (port == null) {
                problems.add(moduleName + " sets no server.port in its application.yml");
                continue;
            }
            String expected = String.valueOf(port);
            if (compose.ports(service).isEmpty()) {
                problems.add(service + " publishes no port; " + moduleName + " listens on " + port);
            }
            for (String[] mapping : compose.ports(service)) {
                if (!mapping[0].equals(expected) || !mapping[1].equals(expected)) {
                    problems.add(service + " publishes " + mapping[0] + ":" + mapping[1] + " but server.port of "
                            + moduleName + " is " + port);
                }
            }
            String serverPort = compose.environment(service).get("SERVER_PORT");
            if (serverPort != null && !ComposeFile.withDefaults(serverPort).equals(expected)) {
                problems.add(service + " sets SERVER_PORT=" + serverPort + " but application.yml says " + port);
            }
            String portArg = compose.buildArgs(service).get("PORT");
            if (portArg != null && !portArg.equals(expected)) {
                problems.add(service + " builds its image with PORT=" + portArg + " but server.port is " + port);
            }
            String healthcheck = Objects.toString(compose.healthcheck(service), "");
            if (!healthcheck.contains("localhost:" + port + "/actuator/health")) {
                problems.add(service + " health check does not ask localhost:" + port + "/actuator/health: " + healthcheck);
            }
        }
        return problems;
    }

    List<String> environment() {
        List<String> problems = new ArrayList<>();
        for (String service : compose.builtServices().keySet()) {
            String moduleName = project.moduleName(service);
            if (!project.hasModule(moduleName)) {
                continue;
            }
            ServiceModule module = project.module(moduleName);
            Map<String, String> environment = compose.environment(service);
            for (String variable : environment.keySet()) {
                if (variable.startsWith("SPRING_") || variable.startsWith("NEWSFLOW_")) {
                    String problem = bindingProblem(module, variable);
                    if (problem != null) {
                        problems.add(service + ": " + problem);
                    }
                }
            }
            module.application().forEach((property, value) -> {
                String name = property.replaceAll("\\[(\\d+)]", ".$1");
                if (LOCAL_ADDRESS.matcher(value).find()
                        && environment.keySet().stream().noneMatch(variable -> RelaxedBinding.binds(variable, name))) {
                    problems.add(service + ": application.yml points " + property + " at " + value
                            + ", which is the container itself; set " + String.join(" or ", RelaxedBinding.environmentNames(name))
                            + " in docker-compose.yml");
                }
            });
        }
        return problems;
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

    private String bindingProblem(ServiceModule module, String variable) {
        boolean inApplication = module.application().keySet().stream()
                .map(property -> property.replaceAll("\\[(\\d+)]", ".$1"))
                .anyMatch(property -> RelaxedBinding.binds(variable, property));
        if (inApplication || module.ownProperties().accepts(variable)) {
            return null;
        }
        String bootProperty = metadata.propertyFor(variable);
        if (bootProperty == null) {
            return variable + " binds to no property of " + module.name() + ": it is not in its application.yml, not a"
                    + " component of its @ConfigurationProperties records and not a Spring Boot property";
        }
        // spring.<feature>.* only means something when the service uses that feature (e.g. spring.elasticsearch).
        String[] segments = bootProperty.split("\\.");
        String feature = segments[0].equals("spring") && segments.length > 2 ? segments[0] + "." + segments[1] : null;
        if (feature != null && !module.configures(feature)) {
            return variable + " sets " + bootProperty + ", but " + module.name() + " does not configure " + feature
                    + " in its application.yml";
        }
        return null;
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
