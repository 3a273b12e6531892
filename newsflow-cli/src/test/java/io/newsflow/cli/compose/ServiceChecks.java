package io.newsflow.cli.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks of each service built from this repository against its Maven module: its ports and its environment
 * variables. Each method returns one readable sentence per problem; an empty list means the check passes.
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

}
