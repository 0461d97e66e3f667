package io.autocrm.identity.issuer;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Accepts only tokens the embedded issuer issued as itself: {@code iss} must be {@code autocrm.security.issuer}, or,
 * when that is unset, this server's own address as the request reached it (which is how the issuer names itself).
 */
final class RequestIssuer implements OAuth2TokenValidator<Jwt> {

    private final String configured;

    RequestIssuer(String configured) {
        this.configured = StringUtils.hasText(configured) ? configured.replaceAll("/+$", "") : null;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String expected = configured != null ? configured : currentBase();
        String issuer = token.getClaimAsString("iss");
        if (expected != null && issuer != null && expected.equals(issuer.replaceAll("/+$", ""))) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "wrong issuer", null));
    }

    private static String currentBase() {
        return RequestContextHolder.getRequestAttributes() == null ? null
                : ServletUriComponentsBuilder.fromCurrentContextPath().replaceQuery(null).build().toUriString();
    }
}
