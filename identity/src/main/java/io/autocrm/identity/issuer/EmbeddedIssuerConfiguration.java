package io.autocrm.identity.issuer;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.autocrm.access.Scope;
import io.autocrm.identity.account.People;
import io.autocrm.identity.account.UserAccounts;
import io.autocrm.identity.caller.ApiProblems;
import io.autocrm.identity.caller.CallerLookup;
import io.autocrm.identity.config.IssuerMode;
import io.autocrm.identity.config.SecurityProperties;
import io.autocrm.identity.signin.SecurityHeaders;
import io.autocrm.platform.database.ConfigurationHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The embedded OpenID Connect issuer (Spring Authorization Server), on unless an external issuer is configured:
 * authorization code with PKCE for the browser client, refresh tokens with rotation, client credentials for the
 * optional service client, OIDC discovery, user info and RP-initiated logout. Its keys, authorizations and consents
 * live in PostgreSQL, so every node issues and honours the same tokens.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(IssuerMode.Embedded.class)
class EmbeddedIssuerConfiguration {

    static final String WEB_CLIENT_ID = "autocrm-web";
    static final String SERVICE_CLIENT_ID = "autocrm-service";

    @Bean
    SigningKeys signingKeys(JdbcClient jdbc, TransactionTemplate transactions, ConfigurationHistory history) {
        return new SigningKeys(jdbc, transactions, history);
    }

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(),
                new RequestIssuer(properties.issuer())));
        return decoder;
    }

    @Bean
    Converter<Jwt, AbstractAuthenticationToken> jwtCallers(CallerLookup callers, SecurityProperties properties) {
        return new EmbeddedJwtCallers(callers, properties.serviceClient());
    }

    @Bean
    RegisteredClientRepository registeredClients(SecurityProperties properties, PasswordEncoder encoder) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl())
                .refreshTokenTimeToLive(properties.refreshTokenTtl()).reuseRefreshTokens(false).build();
        SecurityProperties.Web web = properties.clients().web();
        Function<ServedAddressClients.WebUris, RegisteredClient> webClient = uris -> RegisteredClient
                .withId(WEB_CLIENT_ID).clientId(web.clientId()).clientName("AutoCRM web")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(list -> list.addAll(uris.redirectUris()))
                .postLogoutRedirectUris(list -> list.addAll(uris.postLogoutRedirectUris()))
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens).build();
        List<RegisteredClient> others = new ArrayList<>();
        SecurityProperties.ServiceClient service = properties.serviceClient();
        if (service.enabled()) {
            others.add(RegisteredClient.withId(SERVICE_CLIENT_ID).clientId(service.clientId())
                    .clientName("AutoCRM service client").clientSecret(encoder.encode(service.secret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scopes(scopes -> service.grantedScopes().stream().map(Scope::key).forEach(scopes::add))
                    .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build())
                    .build());
        }
        return new ServedAddressClients(webClient, web, properties.issuer(), others);
    }

    @Bean
    OAuth2AuthorizationService authorizationService(JdbcTemplate jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(SchemaQualifiedJdbc.identity(jdbc), clients);
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(JdbcTemplate jdbc,
            RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(SchemaQualifiedJdbc.identity(jdbc), clients);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(SecurityProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (StringUtils.hasText(properties.issuer())) {
            settings.issuer(properties.issuer().replaceAll("/+$", ""));
        }
        return settings.build();
    }

    @Bean
    OAuth2TokenGenerator<?> tokenGenerator(SigningKeys keys, UserAccounts accounts, People people) {
        JwtGenerator jwts = new JwtGenerator(new NimbusJwtEncoder(keys));
        jwts.setJwtCustomizer(new IssuedTokenClaims(accounts, people));
        return new DelegatingOAuth2TokenGenerator(jwts, new RotatingRefreshTokens());
    }

    /** Requests that ask for HTML by name (a browser's navigation), not merely accept anything ({@code *}{@code /*}). */
    private static MediaTypeRequestMatcher browsers() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return html;
    }

    /** The issuer's endpoints: /oauth2/**, /.well-known/**, /connect/**, /userinfo. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain authorizationServerChain(HttpSecurity http, RegisteredClientRepository clients,
            AuthorizationServerSettings settings, OAuth2TokenGenerator<?> tokenGenerator, JwtDecoder decoder) throws Exception {
        OAuth2AuthorizationServerConfigurer issuer = new OAuth2AuthorizationServerConfigurer();
        PublicClientRefresh publicClients = new PublicClientRefresh(clients, settings.getTokenRevocationEndpoint());
        http.securityMatcher(issuer.getEndpointsMatcher())
                .with(issuer, as -> as
                        .tokenGenerator(tokenGenerator)
                        .clientAuthentication(client -> client.authenticationConverter(publicClients)
                                .authenticationProvider(publicClients))
                        .oidc(oidc -> { }))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.decoder(decoder))
                        .authenticationEntryPoint(new ApiProblems()))
                .cors(Customizer.withDefaults())
                // Browsers go to the sign-in page; any other caller the endpoints' own protocol errors do not answer
                // (no client at all, say) gets the API's 401 problem detail, never an empty 401.
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), browsers())
                        .defaultAuthenticationEntryPointFor(new ApiProblems(), AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(new ApiProblems()))
                .headers(SecurityHeaders::api);
        return http.build();
    }

}
