package io.newsflow.kafka.web;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * HTTP protection shared by every service that serves HTTP ({@code newsflow.security.*}, env
 * {@code NEWSFLOW_SECURITY_*}).
 *
 * @param apiKey          key that POST, PUT, PATCH and DELETE requests to {@code /api/**} must send in the
 *                        {@code X-Api-Key} header; blank or unset leaves them open (the local demo), with a warning
 * @param maxRequestBytes largest request body accepted, e.g. {@code 10MB}; larger ones get 413
 */
@Validated
@ConfigurationProperties("newsflow.security")
public record WebSecurityProperties(String apiKey, @NotNull DataSize maxRequestBytes) {

    public WebSecurityProperties {
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
        maxRequestBytes = maxRequestBytes == null ? DataSize.ofMegabytes(10) : maxRequestBytes;
        if (maxRequestBytes.toBytes() < 1) {
            throw new IllegalArgumentException("newsflow.security.max-request-bytes must be at least 1 byte, was " + maxRequestBytes);
        }
    }

    /** Whether state-changing requests need the key. */
    public boolean apiKeyRequired() {
        return apiKey != null;
    }
}
