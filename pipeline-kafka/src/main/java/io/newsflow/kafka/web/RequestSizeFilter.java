package io.newsflow.kafka.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects request bodies over the configured size with 413 JSON. A declared {@code Content-Length} over the limit is
 * refused before a byte is read (the container never delivers more than it declares). A body of unknown length
 * (chunked) is read up to one byte past the limit: over it, the request is refused without reading the rest;
 * within it, the request goes on with the bytes already read.
 */
final class RequestSizeFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestSizeFilter.class);

    private final long maxBytes;
    private final List<RefusedRequestListener> listeners;

    RequestSizeFilter(long maxBytes, List<RefusedRequestListener> listeners) {
        this.maxBytes = maxBytes;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            reject(request, response, declared + " bytes");
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = readAtMost(request.getInputStream(), maxBytes + 1);
            if (body.length > maxBytes) {
                reject(request, response, "more than " + maxBytes + " bytes");
                return;
            }
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, String size) throws IOException {
        String error = "request body too large: " + size + ", limit " + maxBytes + " bytes (newsflow.security.max-request-bytes)";
        String path = RequestPaths.of(request);
        log.warn("Refused {} {} from {}: {}", request.getMethod(), path, request.getRemoteAddr(), error);
        for (RefusedRequestListener listener : listeners) {
            try {
                listener.refused(request.getMethod(), path, error);
            } catch (RuntimeException e) {
                log.error("Could not record the refusal of {} {}: {}", request.getMethod(), path, e.toString());
            }
        }
        // The unread rest of the body would otherwise be drained by the container; closing ends the upload early.
        response.setHeader("Connection", "close");
        ErrorResponses.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, error);
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }
}
