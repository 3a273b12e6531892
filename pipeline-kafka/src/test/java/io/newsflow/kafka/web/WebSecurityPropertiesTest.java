package io.newsflow.kafka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class WebSecurityPropertiesTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WebSecurityAutoConfiguration.class));

    @Test
    void defaultsToTenMegabytesAndNoKey() {
        runner.run(context -> {
            WebSecurityProperties properties = context.getBean(WebSecurityProperties.class);
            assertThat(properties.maxRequestBytes().toBytes()).isEqualTo(10L * 1024 * 1024);
            assertThat(properties.apiKeyRequired()).isFalse();
            assertThat(context.getBean("newsflowApiKeyFilter", FilterRegistrationBean.class).isEnabled()).isFalse();
        });
    }

    @Test
    void bindsKeyAndLimitFromEnvironmentStyleNames() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("env", Map.of(
                                "NEWSFLOW_SECURITY_API_KEY", "abc", "NEWSFLOW_SECURITY_MAX_REQUEST_BYTES", "5MB"))))
                .run(context -> {
                    WebSecurityProperties properties = context.getBean(WebSecurityProperties.class);
                    assertThat(properties.apiKey()).isEqualTo("abc");
                    assertThat(properties.maxRequestBytes().toMegabytes()).isEqualTo(5);
                    assertThat(context.getBean("newsflowApiKeyFilter", FilterRegistrationBean.class).isEnabled()).isTrue();
                });
    }

    @Test
    void blankKeyCountsAsUnset() {
        runner.withPropertyValues("newsflow.security.api-key=  ").run(context ->
                assertThat(context.getBean(WebSecurityProperties.class).apiKeyRequired()).isFalse());
    }

    @Test
    void zeroLimitFailsStartUpNamingTheProperty() {
        runner.withPropertyValues("newsflow.security.max-request-bytes=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("newsflow.security.max-request-bytes");
        });
    }

    @Test
    void staysOffInNonWebApplications() {
        new org.springframework.boot.test.context.runner.ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WebSecurityAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(WebSecurityProperties.class));
    }
}
