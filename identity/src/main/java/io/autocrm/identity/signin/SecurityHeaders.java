package io.autocrm.identity.signin;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of each kind of response. Always: {@code X-Content-Type-Options: nosniff}, frames denied,
 * no referrer across origins, HSTS on HTTPS requests (Spring's default). API responses are never cached (they carry
 * tokens and personal data). Pages get a Content Security Policy that runs only scripts served by AutoCRM itself.
 */
public final class SecurityHeaders {

    /** The UI and API docs: own scripts only; inline style attributes and data: images (icons) allowed. */
    public static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'";

    /** JSON has no business running anything. */
    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static void api(HeadersConfigurer<HttpSecurity> headers) {
        common(headers);
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY));
    }

    public static void pages(HeadersConfigurer<HttpSecurity> headers) {
        common(headers);
        headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                .contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY));
    }

    /** The sign-in pages: no script at all, their one inline style allowed by its hash. */
    public static void signIn(HeadersConfigurer<HttpSecurity> headers, SignInStyle style) {
        common(headers);
        headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; style-src '"
                + style.hash() + "'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'"));
    }

    private static void common(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentTypeOptions(o -> { })
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }
}
