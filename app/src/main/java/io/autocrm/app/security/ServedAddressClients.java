package io.autocrm.app.security;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The embedded issuer's clients. The browser client's redirect URIs are the configured ones when set
 * ({@code autocrm.security.clients.web.*}); by default they are the served address's {@code /auth/callback} and
 * {@code /}: the configured issuer's when set, otherwise the address the request reached, the same way the issuer
 * names itself ({@link RequestIssuer}), plus the loopback callback {@value #LOOPBACK_CALLBACK}, which the issuer
 * matches on any port (RFC 8252). So sign-in works on whatever host and port the app is served, and a browser is only
 * sent back to the address it signed in on (or to the loopback interface).
 */
final class ServedAddressClients implements RegisteredClientRepository {

    static final String CALLBACK = "/auth/callback";
    static final String LOOPBACK = "http://127.0.0.1";
    static final String LOOPBACK_CALLBACK = LOOPBACK + CALLBACK;

    private final Function<WebUris, RegisteredClient> webClient;
    private final SecurityProperties.Web web;
    private final String issuer;
    private final Map<String, RegisteredClient> others;

    ServedAddressClients(Function<WebUris, RegisteredClient> webClient, SecurityProperties.Web web, String issuer,
                         List<RegisteredClient> others) {
        this.webClient = webClient;
        this.web = web;
        this.issuer = StringUtils.hasText(issuer) ? issuer.replaceAll("/+$", "") : null;
        this.others = others.stream().collect(Collectors.toMap(RegisteredClient::getId, c -> c));
    }

    /** The browser client's redirect and post-logout redirect URIs. */
    record WebUris(List<String> redirectUris, List<String> postLogoutRedirectUris) {
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("Clients are configured, not registered at run time.");
    }

    @Override
    public RegisteredClient findById(String id) {
        return EmbeddedIssuerConfiguration.WEB_CLIENT_ID.equals(id) ? web() : others.get(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        if (web.clientId().equals(clientId)) {
            return web();
        }
        return others.values().stream().filter(c -> c.getClientId().equals(clientId)).findFirst().orElse(null);
    }

    private RegisteredClient web() {
        boolean deriveRedirects = web.redirectUris().isEmpty();
        boolean deriveLogout = web.postLogoutRedirectUris().isEmpty();
        String base = deriveRedirects || deriveLogout ? servedAddress() : null;
        return webClient.apply(new WebUris(
                deriveRedirects ? List.of(base + CALLBACK, LOOPBACK_CALLBACK) : web.redirectUris(),
                deriveLogout ? List.of(base + "/") : web.postLogoutRedirectUris()));
    }

    private String servedAddress() {
        if (issuer != null) {
            return issuer;
        }
        // Outside a request (the issuer looking a client up in the background), only the loopback callback counts.
        return RequestContextHolder.getRequestAttributes() == null ? LOOPBACK
                : ServletUriComponentsBuilder.fromCurrentContextPath().replaceQuery(null).build().toUriString();
    }
}
