package io.newsflow.index.trends;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.newsflow.index.schema.ArticleView;
import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;

/**
 * Groups a week's articles into stories: two articles belong to one story when they name the same organisation,
 * person or product and either report the same shift or share a second such entity. Groups are transitive.
 */
final class StoryGrouper {

    private StoryGrouper() {
    }

    static List<List<ArticleView>> group(List<ArticleView> articles) {
        int[] parent = new int[articles.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                if (sameStory(articles.get(i), articles.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<ArticleView>> groups = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(articles.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    static boolean sameStory(ArticleView a, ArticleView b) {
        Set<String> shared = keyEntities(a);
        shared.retainAll(keyEntities(b));
        boolean sharedTag = a.tags().stream().anyMatch(b.tags()::contains);
        return !shared.isEmpty() && (sharedTag || shared.size() >= 2);
    }

    /** Lower-cased forms of the article's organisations, people and products. */
    static Set<String> keyEntities(ArticleView a) {
        return a.entities().stream().filter(e -> e.type() != EntityType.LOCATION)
                .flatMap(e -> ArticleView.forms(e).stream()).collect(Collectors.toSet());
    }

    /** Canonical names of the organisations, people and products named by most articles of {@code story}. */
    static List<String> leadingEntities(Collection<ArticleView> story, int limit) {
        Map<String, Long> counts = story.stream()
                .flatMap(a -> a.entities().stream().filter(e -> e.type() != EntityType.LOCATION).map(Entity::text)
                        .distinct())
                .collect(Collectors.groupingBy(name -> name, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
