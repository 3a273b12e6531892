package io.newsflow.cli.compose;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spring Boot's mapping between environment variables and property names, as its SystemEnvironmentPropertyMapper
 * applies it: {@code newsflow.topics.replication-factor} is read from {@code NEWSFLOW_TOPICS_REPLICATIONFACTOR} and,
 * in the legacy form docker-compose files usually use, from {@code NEWSFLOW_TOPICS_REPLICATION_FACTOR}.
 */
final class RelaxedBinding {

    private RelaxedBinding() {
    }

    /** The environment variable names that set {@code property} (canonical form: lower case, dashed). */
    static Set<String> environmentNames(String property) {
        String upper = property.toUpperCase(Locale.ROOT).replace('.', '_');
        return new LinkedHashSet<>(List.of(upper.replace("-", ""), upper.replace('-', '_')));
    }

    /** Whether {@code variable} sets exactly {@code property}. */
    static boolean binds(String variable, String property) {
        return environmentNames(property).contains(variable);
    }

    /** Whether {@code variable} sets something beneath {@code prefix} (a map key, a list index, a nested field). */
    static boolean bindsBeneath(String variable, String prefix) {
        return environmentNames(prefix).stream().anyMatch(name -> variable.startsWith(name + "_"));
    }

    /** Whether {@code variable} sets an element of the list property {@code property}, such as {@code _0}. */
    static boolean bindsListElement(String variable, String property) {
        return environmentNames(property).stream()
                .anyMatch(name -> variable.startsWith(name + "_") && variable.substring(name.length() + 1).matches("\\d+"));
    }

    /** {@code replicationFactor} to {@code replication-factor}, the canonical form of a record component. */
    static String dashed(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
