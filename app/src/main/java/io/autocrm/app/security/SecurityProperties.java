package io.autocrm.app.security;

import io.autocrm.access.Scope;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Who may call AutoCRM and how they prove it ({@code autocrm.security.*}; see application.yml).
 *
 * @param issuer           the embedded issuer's URL as clients see it (set it behind a proxy and on several nodes);
 *                         empty: derived from each request
 * @param accessTokenTtl   lifetime of access tokens of the embedded issuer
 * @param refreshTokenTtl  lifetime of refresh tokens (rotated on every use)
 * @param cors             which browser origins may call the API
 * @param clients          the OAuth clients the embedded issuer knows
 * @param serviceClient    the optional confidential client for machine-to-machine calls
 * @param oidc             an external OpenID Connect issuer that replaces the embedded one
 * @param login            throttling of failed sign-ins
 */
@ConfigurationProperties("autocrm.security")
public record SecurityProperties(
        String issuer,
        @DefaultValue("10m") Duration accessTokenTtl,
        @DefaultValue("8h") Duration refreshTokenTtl,
        @DefaultValue Cors cors,
        @DefaultValue Clients clients,
        @DefaultValue ServiceClient serviceClient,
        @DefaultValue Oidc oidc,
        @DefaultValue Login login) {

    /** Origins allowed to call the API from a browser; none by default (the UI is served from the same origin). */
    public record Cors(@DefaultValue List<String> allowedOrigins) {
    }

    public record Clients(@DefaultValue Web web) {
    }

    /**
     * The browser client: public, authorization code with PKCE. Empty URI lists (the default) mean the served
     * address: {@code <issuer>/auth/callback} and {@code <issuer>/} when the issuer is configured, else the address
     * each request reached (see {@link ServedAddressClients}).
     */
    public record Web(
            @DefaultValue("autocrm-web") String clientId,
            @DefaultValue List<String> redirectUris,
            @DefaultValue List<String> postLogoutRedirectUris) {
    }

    /** Registered only when {@code secret} is set; its tokens carry {@code scopes}. */
    public record ServiceClient(
            @DefaultValue("autocrm-service") String clientId,
            String secret,
            @DefaultValue({"tickets:read", "tickets:write"}) List<String> scopes) {

        public boolean enabled() {
            return StringUtils.hasText(secret);
        }

        public List<Scope> grantedScopes() {
            return scopes.stream().map(s -> Scope.fromKey(s).orElseThrow(
                    () -> new IllegalArgumentException("autocrm.security.service-client.scopes: unknown scope " + s)))
                    .toList();
        }
    }

    /**
     * An external issuer (Keycloak, Okta, Google…). {@code roleClaim} is a dotted path into the token's claims whose
     * value (a string or a list) is mapped to a role through {@code roles}; people are matched to accounts by the
     * {@code emailClaim}, which must be verified ({@code email_verified}) unless {@code requireEmailVerified} is off.
     */
    public record Oidc(
            String issuerUri,
            String jwkSetUri,
            @DefaultValue("roles") String roleClaim,
            @DefaultValue Roles roles,
            @DefaultValue("email") String emailClaim,
            @DefaultValue("name") String nameClaim,
            @DefaultValue("true") boolean requireEmailVerified) {

        public boolean enabled() {
            return StringUtils.hasText(issuerUri);
        }
    }

    /** Claim values that mean each role; the strongest role a token names wins. */
    public record Roles(
            @DefaultValue("admin") List<String> admin,
            @DefaultValue("agent") List<String> agent,
            @DefaultValue("customer") List<String> customer) {
    }

    /** After {@code maxPerEmail} failures for one email or {@code maxPerAddress} from one address, refuse for the window. */
    public record Login(
            @DefaultValue("5") int maxPerEmail,
            @DefaultValue("20") int maxPerAddress,
            @DefaultValue("15m") Duration window) {
    }
}
