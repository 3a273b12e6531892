package io.newsflow.cli.compose;

import java.util.Set;
import java.util.TreeSet;

/**
 * The property names a service can bind, from its {@code @ConfigurationProperties} records.
 *
 * @param scalars  properties holding one value ({@code newsflow.topics.partitions})
 * @param lists    list properties, set element by element from the environment ({@code newsflow.feeds.allowed-hosts})
 * @param prefixes properties with structure beneath them (nested records, maps, non-record classes)
 */
record PropertySurface(Set<String> scalars, Set<String> lists, Set<String> prefixes) {

    PropertySurface() {
        this(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
    }

    boolean accepts(String variable) {
        return scalars.stream().anyMatch(property -> RelaxedBinding.binds(variable, property))
                || lists.stream().anyMatch(property -> RelaxedBinding.binds(variable, property)
                        || RelaxedBinding.bindsListElement(variable, property))
                || prefixes.stream().anyMatch(prefix -> RelaxedBinding.bindsBeneath(variable, prefix));
    }

    void addAll(PropertySurface other) {
        scalars.addAll(other.scalars);
        lists.addAll(other.lists);
        prefixes.addAll(other.prefixes);
    }
}
