package io.newsflow.kafka.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a state-changing request ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) to {@code /api/**} through
 * only when it carries the configured key in {@code X-Api-Key}; reads stay open. Answers 401 JSON otherwise.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";

    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final byte[] key;

    ApiKeyFilter(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !STATE_CHANGING.contains(request.getMethod().toUpperCase(java.util.Locale.ROOT)) || !isApi(RequestPaths.of(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sent = request.getHeader(HEADER);
        if (sent == null) {
            reject(request, response, "missing " + HEADER + " header: state-changing requests need the API key");
            return;
        }
        // MessageDigest.isEqual takes the same time wherever the first difference is.
        if (!MessageDigest.isEqual(key, sent.getBytes(StandardCharsets.UTF_8))) {
            reject(request, response, "invalid API key in " + HEADER);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void reject(HttpServletRequest request, HttpServletResponse response, String error) throws IOException {
        log.warn("Refused {} {} from {}: {}", request.getMethod(), RequestPaths.of(request), request.getRemoteAddr(), error);
        response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
        ErrorResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, error);
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
