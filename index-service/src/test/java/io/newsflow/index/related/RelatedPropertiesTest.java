package io.newsflow.index.related;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import io.newsflow.index.schema.IndexProperties;

class RelatedPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({RelatedProperties.class, IndexProperties.class})
    static class Config {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Config.class);

    @Test
    void defaultsApplyWhenNothingIsSet() {
        runner.run(context -> {
            assertThat(context.getBean(RelatedProperties.class)).isEqualTo(RelatedProperties.defaults());
            assertThat(context.getBean(IndexProperties.class).alias()).isEqualTo("articles");
        });
    }

    @Test
    void kebabCaseNamesBind() {
        runner.withPropertyValues("newsflow.related.candidates=80", "newsflow.related.text-weight=0.7",
                        "newsflow.index.alias=news")
                .run(context -> {
                    assertThat(context.getBean(RelatedProperties.class).candidates()).isEqualTo(80);
                    assertThat(context.getBean(RelatedProperties.class).textWeight()).isEqualTo(0.7);
                    assertThat(context.getBean(IndexProperties.class).alias()).isEqualTo("news");
                });
    }

    @Test
    void badValuesFailStartUpNamingTheProperty() {
        runner.withPropertyValues("newsflow.related.candidates=0")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("newsflow.related.candidates"));
        runner.withPropertyValues("newsflow.index.alias=Articles!")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("newsflow.index.alias"));
    }
}
