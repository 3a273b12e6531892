package io.newsflow.cli.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The few facts the compose test needs from a pom.xml: coordinates, modules, dependencies, plugins, properties. */
record Pom(Path file, Element project) {

    static Pom read(Path file) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Pom(file, factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse " + file + ": " + e.getMessage(), e);
        }
    }

    String artifactId() {
        return child(project, "artifactId").map(Node::getTextContent).orElseThrow();
    }

    /** The version, inherited from the parent when the module does not set one. */
    String version() {
        return child(project, "version").or(() -> child(project, "parent").flatMap(p -> child(p, "version")))
                .map(Node::getTextContent).orElseThrow();
    }

    List<String> modules() {
        return texts(project, "modules", "module");
    }

    Optional<String> property(String name) {
        return child(project, "properties").flatMap(p -> child(p, name)).map(Node::getTextContent);
    }

    /** Artifact ids of dependencies in {@code groupId} that are on the run-time class path (not test or provided). */
    List<String> runtimeDependencies(String groupId) {
        List<String> ids = new ArrayList<>();
        for (Element dependency : children(child(project, "dependencies").orElse(null), "dependency")) {
            String scope = child(dependency, "scope").map(Node::getTextContent).orElse("compile");
            if (child(dependency, "groupId").map(Node::getTextContent).orElse("").equals(groupId)
                    && !scope.equals("test") && !scope.equals("provided")) {
                ids.add(child(dependency, "artifactId").orElseThrow().getTextContent());
            }
        }
        return ids;
    }

    /** The build plugin with this artifactId, from {@code build/plugins} or {@code build/pluginManagement/plugins}. */
    Optional<Element> plugin(String artifactId, boolean managed) {
        Optional<Element> build = child(project, "build");
        Optional<Element> plugins = managed
                ? build.flatMap(b -> child(b, "pluginManagement")).flatMap(m -> child(m, "plugins"))
                : build.flatMap(b -> child(b, "plugins"));
        return children(plugins.orElse(null), "plugin").stream()
                .filter(p -> child(p, "artifactId").map(Node::getTextContent).orElse("").equals(artifactId))
                .findFirst();
    }

    static Optional<Element> child(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<String> texts(Element parent, String container, String name) {
        return children(child(parent, container).orElse(null), name).stream().map(Node::getTextContent).toList();
    }
}
