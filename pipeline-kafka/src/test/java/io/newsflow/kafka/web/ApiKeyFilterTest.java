package io.newsflow.kafka.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import io.newsflow.model.EventJson;
import tools.jackson.databind.JsonNode;

class ApiKeyFilterTest {

    private final ApiKeyFilter filter = new ApiKeyFilter("s3cret-key");

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void refusesStateChangingApiRequestWithoutKey(String method) throws Exception {
        MockHttpServletResponse response = run(request(method, "/api/feeds/abc"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode body = EventJson.mapper().readTree(response.getContentAsString());
        assertThat(body.path("status").asInt()).isEqualTo(401);
        assertThat(body.path("error").asString()).contains("X-Api-Key");
    }

    @Test
    void refusesWrongKey() throws Exception {
        MockHttpServletRequest request = request("POST", "/api/articles");
        request.addHeader("X-Api-Key", "s3cret-kez");

        MockHttpServletResponse response = run(request);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString()).contains("invalid API key");
    }

    @Test
    void refusesPrefixOfTheKey() throws Exception {
        MockHttpServletRequest request = request("POST", "/api/articles");
        request.addHeader("X-Api-Key", "s3cret");

        assertThat(run(request).getStatus()).isEqualTo(401);
    }

    @Test
    void passesRequestWithTheKey() throws Exception {
        MockHttpServletRequest request = request("POST", "/api/articles");
        request.addHeader("X-Api-Key", "s3cret-key");
        MockFilterChain chain = new MockFilterChain();

        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
    void leavesReadsOpen(String method) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request(method, "/api/search"), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void leavesStateChangingRequestsOutsideApiOpen() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request("POST", "/apis-are-not-api"), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void matchesApiPathWithDoubledSlashes() throws Exception {
        assertThat(run(request("DELETE", "//api//feeds/x")).getStatus()).isEqualTo(401);
    }

    @Test
    void matchesLowerCaseMethodNames() throws Exception {
        assertThat(run(request("post", "/api/articles")).getStatus()).isEqualTo(401);
    }

    private MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        if (response.getStatus() == 401) {
            assertThat(chain.getRequest()).as("request must not reach the application").isNull();
        }
        return response;
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServletPath(path);
        return request;
    }
}
