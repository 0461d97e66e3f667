package io.autocrm.platform.web;

import io.autocrm.events.common.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses what no filter or handler can read, before any of them meets it, on public and protected paths alike:
 * parameters (query string, or a form body) with malformed percent-encoding, bytes that are not UTF-8 or a NUL
 * character (which no PostgreSQL text can hold) answer 400 {@code malformed-request}; a {@code Content-Type} that is
 * not one concrete media type answers 415 {@code unsupported-media-type}; an {@code Accept} header that is not a list
 * of media types answers 400 {@code malformed-request} (content negotiation would fail on it again while writing the
 * error, leaving an empty 406). It runs right after the body limit. Multipart
 * bodies are not parsed here: the handlers, which all take JSON, refuse them as an unsupported media type.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequestFilter.class);
    private static final String NUL = "A parameter contains a NUL character (%00).";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MediaType contentType = contentType(request);
        if (request.getContentType() != null && contentType == null) {
            refuse(request, response, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "The Content-Type is not a media type this API reads; send application/json.");
            return;
        }
        if (!readableAccept(request)) {
            refuse(request, response, ErrorCode.MALFORMED_REQUEST,
                    "The Accept header is not a list of media types; send application/json or leave it out.");
            return;
        }
        String refusal = unreadableParameters(request, contentType);
        if (refusal != null) {
            refuse(request, response, ErrorCode.MALFORMED_REQUEST, refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, ErrorCode code, String detail)
            throws IOException {
        log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), detail);
        ProblemResponses.write(response, code, detail);
    }

    /** The request's one concrete media type; null when there is none or it cannot be read. */
    private static MediaType contentType(HttpServletRequest request) {
        try {
            MediaType type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
            return type == null || type.isWildcardType() || type.isWildcardSubtype() ? null : type;
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    private static boolean readableAccept(HttpServletRequest request) {
        for (Enumeration<String> accept = request.getHeaders(HttpHeaders.ACCEPT); accept.hasMoreElements(); ) {
            try {
                MediaType.parseMediaTypes(accept.nextElement());
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }

    private static String unreadableParameters(HttpServletRequest request, MediaType contentType) {
        if (contentType != null && "multipart".equals(contentType.getType())) {
            String query = request.getQueryString();
            return query != null && query.contains("%00") ? NUL : null;
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException e) {
            // Tomcat's InvalidParameterException: a parameter's percent-encoding or character encoding is broken.
            return "The query string or form body is not validly percent-encoded UTF-8.";
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (containsNul(parameter.getKey())) {
                return NUL;
            }
            for (String value : parameter.getValue()) {
                if (containsNul(value)) {
                    return NUL;
                }
            }
        }
        return null;
    }

    private static boolean containsNul(String text) {
        return text.indexOf('\0') >= 0;
    }
}
