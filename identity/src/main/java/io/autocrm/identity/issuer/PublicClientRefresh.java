package io.autocrm.identity.issuer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.util.StringUtils;

/**
 * Lets the public browser client ({@code autocrm-web}, PKCE, no secret) use its refresh tokens and revoke them. Spring
 * Authorization Server identifies a public client only by a PKCE code exchange; a refresh or revocation request of a
 * public client names just its {@code client_id}. That is what public clients can offer (RFC 9700 §4.14.2): the
 * protection of their refresh tokens is rotation (every refresh token works once, see {@link RotatingRefreshTokens})
 * and the tokens' binding to the client, which the token endpoint checks.
 */
final class PublicClientRefresh implements AuthenticationConverter, AuthenticationProvider {

    private static final String MARKER = "autocrm_public_client";
    private final RegisteredClientRepository clients;
    private final String revocationEndpoint;

    PublicClientRefresh(RegisteredClientRepository clients, String revocationEndpoint) {
        this.clients = clients;
        this.revocationEndpoint = revocationEndpoint;
    }

    @Override
    public Authentication convert(HttpServletRequest request) {
        boolean refresh = "refresh_token".equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE));
        boolean revoke = request.getRequestURI().equals(request.getContextPath() + revocationEndpoint);
        String clientId = request.getParameter(OAuth2ParameterNames.CLIENT_ID);
        if (!"POST".equals(request.getMethod()) || !(refresh || revoke) || !StringUtils.hasText(clientId)
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null
                || request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION) != null
                || request.getParameterValues(OAuth2ParameterNames.CLIENT_ID).length != 1) {
            return null;
        }
        return new OAuth2ClientAuthenticationToken(clientId, ClientAuthenticationMethod.NONE, null, Map.of(MARKER, true));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        OAuth2ClientAuthenticationToken token = (OAuth2ClientAuthenticationToken) authentication;
        if (!Boolean.TRUE.equals(token.getAdditionalParameters().get(MARKER))) {
            return null;
        }
        RegisteredClient client = clients.findByClientId((String) token.getPrincipal());
        if (client == null || !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
        }
        return new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.NONE, null);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
