package io.autocrm.platform.web;

import io.autocrm.events.common.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over the limit with 413: at once when Content-Length says so, and while reading otherwise
 * (chunked bodies), before anything is written. The limit is {@code autocrm.http.max-body-size}, or a
 * {@link RequestBodyLimit} that matches the request (uploads, raw mail).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final PathPatternParser PATTERNS = new PathPatternParser();

    private final long defaultLimit;
    private final List<Map.Entry<RequestBodyLimit, PathPattern>> limits;

    RequestBodyLimitFilter(@Value("${autocrm.http.max-body-size:1MB}") DataSize maxBodySize,
                           List<RequestBodyLimit> limits) {
        this.defaultLimit = maxBodySize.toBytes();
        this.limits = limits.stream().map(l -> Map.entry(l, PATTERNS.parse(l.pathPattern()))).toList();
    }

    private long limitOf(HttpServletRequest request) {
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        return limits.stream().filter(l -> l.getKey().method().equalsIgnoreCase(request.getMethod())
                        && (multipart || !l.getKey().multipartOnly()) && l.getValue().matches(path))
                .mapToLong(l -> l.getKey().limit().toBytes()).findFirst().orElse(defaultLimit);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request);
        if (request.getContentLengthLong() > limit) {
            ProblemDetail problem = Problems.of(ErrorCode.PAYLOAD_TOO_LARGE, RequestTooLarge.detail(limit));
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            JSON.writeValue(response.getOutputStream(), Problems.asMap(problem));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = in.read(buffer, off, len);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws RequestTooLarge {
                    read += n;
                    if (read > limit) {
                        throw new RequestTooLarge(limit);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
