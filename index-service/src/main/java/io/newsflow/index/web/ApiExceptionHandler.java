package io.newsflow.index.web;

import java.util.List;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns request problems into RFC 9457 JSON bodies ({@code application/problem+json}) naming what is wrong. */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage(), e.problems());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        String problem = "parameter '" + e.getName() + "': '" + e.getValue() + "' is not a valid " + expected;
        return problem(HttpStatus.BAD_REQUEST, problem, List.of(problem));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        String problem = "parameter '" + e.getParameterName() + "' is required";
        return problem(HttpStatus.BAD_REQUEST, problem, List.of(problem));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalid(HandlerMethodValidationException e) {
        List<String> problems = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> "parameter '"
                        + r.getMethodParameter().getParameterName() + "': " + err.getDefaultMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, String.join("; ", problems), problems);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    @ExceptionHandler(ElasticsearchException.class)
    ProblemDetail elasticsearch(ElasticsearchException e) {
        log.warn("Elasticsearch rejected a query: {}", e.getMessage());
        return problem(HttpStatus.BAD_GATEWAY, "the search backend failed: " + e.error().reason(), List.of());
    }

    private static ProblemDetail problem(HttpStatus status, String detail, List<String> problems) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        if (!problems.isEmpty()) {
            body.setProperty("problems", problems);
        }
        return body;
    }
}
