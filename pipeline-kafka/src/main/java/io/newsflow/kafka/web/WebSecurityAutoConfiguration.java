package io.newsflow.kafka.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Protects every newsflow service that serves HTTP (servlet stack): state-changing {@code /api/**} requests need the
 * API key when {@code newsflow.security.api-key} is set, and bodies over {@code newsflow.security.max-request-bytes}
 * are refused. The key is checked first, so an unauthenticated client cannot make a service read a large body.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OncePerRequestFilter.class)
@EnableConfigurationProperties(WebSecurityProperties.class)
public class WebSecurityAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebSecurityAutoConfiguration.class);

    @Bean
    FilterRegistrationBean<ApiKeyFilter> newsflowApiKeyFilter(WebSecurityProperties properties) {
        FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>();
        if (properties.apiKeyRequired()) {
            registration.setFilter(new ApiKeyFilter(properties.apiKey()));
            log.info("State-changing /api/** requests need the X-Api-Key header (newsflow.security.api-key is set)");
        } else {
            registration.setFilter(new ApiKeyFilter(""));
            registration.setEnabled(false);
            log.warn("newsflow.security.api-key (NEWSFLOW_SECURITY_API_KEY) is not set: state-changing endpoints "
                    + "(POST/PUT/PATCH/DELETE /api/**) are open to anyone who can reach this service");
        }
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeFilter> newsflowRequestSizeFilter(WebSecurityProperties properties,
                                                                         ObjectProvider<RefusedRequestListener> listeners) {
        FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeFilter(properties.maxRequestBytes().toBytes(), listeners.orderedStream().toList()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
