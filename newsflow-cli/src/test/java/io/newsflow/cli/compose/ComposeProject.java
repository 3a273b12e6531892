package io.newsflow.cli.compose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The compose file together with the Maven modules its services are built from. */
final class ComposeProject {

    private final Path root;
    private final ComposeFile compose;
    private final Pom parent;
    private final Map<String, ServiceModule> modules = new HashMap<>();

    ComposeProject(Path root, ComposeFile compose) {
        this.root = root;
        this.compose = compose;
        this.parent = Pom.read(root.resolve("pom.xml"));
    }

    static ComposeProject load() {
        Path root = RepositoryRoot.find();
        return new ComposeProject(root, ComposeFile.read(root.resolve("docker-compose.yml")));
    }

    Path root() {
        return root;
    }

    ComposeFile compose() {
        return compose;
    }

    Pom parent() {
        return parent;
    }

    /** The Maven module a built service comes from: its {@code MODULE} build argument, else its own name. */
    String moduleName(String service) {
        return compose.buildArgs(service).getOrDefault("MODULE", service);
    }

    /** Whether the module is one of the parent pom's modules and has a folder with a pom. */
    boolean hasModule(String module) {
        return parent.modules().contains(module) && Files.isRegularFile(root.resolve(module).resolve("pom.xml"));
    }

    ServiceModule module(String module) {
        return modules.computeIfAbsent(module, name -> ServiceModule.load(root, name));
    }
}
