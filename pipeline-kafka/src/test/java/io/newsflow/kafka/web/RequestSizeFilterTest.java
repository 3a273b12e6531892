package io.newsflow.kafka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import io.newsflow.model.EventJson;

class RequestSizeFilterTest {

    private static final int LIMIT = 1_000;

    /** What the filter told its listener: "METHOD path: reason". */
    private final List<String> refusals = new ArrayList<>();
    private final RequestSizeFilter filter = new RequestSizeFilter(LIMIT,
            List.of((method, path, reason) -> refusals.add(method + " " + path + ": " + reason)));

    @Test
    void refusesDeclaredLengthOverTheLimitWithoutReadingTheBody() throws Exception {
        CountingRequest request = new CountingRequest(new byte[LIMIT + 1]);
        request.addHeader("Content-Length", LIMIT + 1);
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(EventJson.mapper().readTree(response.getContentAsString()).path("status").asInt()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("too large").contains("limit 1000 bytes");
        assertThat(request.bytesRead.get()).isZero();
        assertThat(chain.getRequest()).isNull();
        assertThat(refusals).singleElement().asString()
                .startsWith("POST /api/articles: request body too large: 1001 bytes, limit 1000 bytes");
    }

    @Test
    void passesDeclaredLengthAtTheLimitUntouched() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/articles");
        request.setContent(new byte[LIMIT]);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(refusals).isEmpty();
    }

    @Test
    void refusesChunkedBodyOverTheLimitAfterReadingJustPastIt() throws Exception {
        CountingRequest request = new CountingRequest(new byte[LIMIT * 50]);
        request.addHeader("Transfer-Encoding", "chunked");
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(request.bytesRead.get()).isEqualTo(LIMIT + 1);
        assertThat(chain.getRequest()).isNull();
        assertThat(refusals).singleElement().asString()
                .startsWith("POST /api/articles: request body too large: more than 1000 bytes");
    }

    @Test
    void refusesEvenWhenTheListenerCannotRecordTheRefusal() throws Exception {
        RequestSizeFilter failing = new RequestSizeFilter(LIMIT, List.of((method, path, reason) -> {
            throw new IllegalStateException("Kafka is down");
        }));
        CountingRequest request = new CountingRequest(new byte[LIMIT + 1]);
        request.addHeader("Content-Length", LIMIT + 1);
        MockHttpServletResponse response = new MockHttpServletResponse();

        failing.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("too large");
    }

    @Test
    void passesChunkedBodyWithinTheLimitWithItsBytesIntact() throws Exception {
        byte[] body = "{\"title\":\"Grüße\"}".getBytes(StandardCharsets.UTF_8);
        CountingRequest request = new CountingRequest(body);
        request.addHeader("Transfer-Encoding", "chunked");
        request.setCharacterEncoding("UTF-8");
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(chain.getRequest().getContentLengthLong()).isEqualTo(body.length);
        assertThat(chain.getRequest().getInputStream().readAllBytes()).isEqualTo(body);
        assertThat(chain.getRequest().getReader().readLine()).isEqualTo("{\"title\":\"Grüße\"}");
    }

    /** A request of unknown length whose stream counts what the filter reads. */
    private static final class CountingRequest extends MockHttpServletRequest {
        final AtomicLong bytesRead = new AtomicLong();
        private final InputStream in;

        CountingRequest(byte[] body) {
            super("POST", "/api/articles");
            this.in = new ByteArrayInputStream(body);
        }

        @Override
        public long getContentLengthLong() {
            String declared = getHeader("Content-Length");
            return declared == null ? -1 : Long.parseLong(declared);
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        bytesRead.incrementAndGet();
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = in.read(b, off, len);
                    if (n > 0) {
                        bytesRead.addAndGet(n);
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return false;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                }
            };
        }
    }
}
