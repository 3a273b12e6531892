package io.newsflow.kafka.web;

import jakarta.servlet.http.HttpServletRequest;

/** The path a request is routed by, inside the application. */
final class RequestPaths {

    private RequestPaths() {
    }

    /**
     * Servlet path plus path info: the container has already decoded and normalised them ({@code /api/../api},
     * {@code %2F}), so matching on them cannot be dodged the way matching on the raw URI can.
     */
    static String of(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = servletPath + pathInfo;
        if (path.isEmpty()) {
            String uri = request.getRequestURI() == null ? "/" : request.getRequestURI();
            String context = request.getContextPath() == null ? "" : request.getContextPath();
            path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        }
        return path.replaceAll("/{2,}", "/");
    }
}
