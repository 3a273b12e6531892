package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void sameArticleUnderTrackingAndCaseVariantsGetsSameId() {
        String id = ArticleIds.forUrl("https://News.Example:443/2026/04/meta?id=7&utm_source=x#top");

        assertThat(id).isEqualTo(ArticleIds.forUrl("https://news.example/2026/04/meta?id=7"))
                .startsWith("u-").hasSize(22);
    }

    @Test
    void differentArticlesGetDifferentIds() {
        assertThat(ArticleIds.forUrl("https://news.example/a")).isNotEqualTo(ArticleIds.forUrl("https://news.example/b"));
    }

    @Test
    void canonicalUrlDropsTrackingParametersFragmentsAndDefaultPorts() {
        assertThat(UrlCanonicalizer.canonicalize("HTTP://WWW.Example.COM:80?fbclid=1&q=a%20b&gclid=2&UTM_medium=m#frag"))
                .isEqualTo("http://www.example.com/?q=a%20b");
    }

    @Test
    void refusesNonHttpUrls() {
        assertThatThrownBy(() -> ArticleIds.forUrl("javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute http(s) URL");
    }
}
