package io.autocrm.identity.issuer;

import io.autocrm.access.Caller;
import io.autocrm.access.Scope;
import io.autocrm.events.common.Actor;
import io.autocrm.events.common.ActorType;
import io.autocrm.identity.caller.ApiProblems;
import io.autocrm.identity.caller.CallerAuthentication;
import io.autocrm.identity.caller.CallerLookup;
import io.autocrm.identity.config.SecurityProperties;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * The caller behind an access token of the embedded issuer. A person's token ({@code role} claim, {@code sub} = user
 * id) is looked up afresh on each request, so a disabled account or changed role counts at once. The service client's
 * token ({@code sub} = its client id, no role) acts like an API key with the scopes it was granted, recorded as the
 * actor {@code api_key:client:<clientId>}.
 */
final class EmbeddedJwtCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String ROLE_CLAIM = "role";

    private final CallerLookup callers;
    private final SecurityProperties.ServiceClient serviceClient;

    EmbeddedJwtCallers(CallerLookup callers, SecurityProperties.ServiceClient serviceClient) {
        this.callers = callers;
        this.serviceClient = serviceClient;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Optional<Caller> caller = jwt.hasClaim(ROLE_CLAIM) ? person(jwt.getSubject()) : serviceClient(jwt);
        return new CallerAuthentication(caller.orElseThrow(() -> new InvalidBearerTokenException(ApiProblems.INVALID_TOKEN)),
                jwt);
    }

    private Optional<Caller> person(String subject) {
        try {
            return callers.person(UUID.fromString(subject));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private Optional<Caller> serviceClient(Jwt jwt) {
        if (!serviceClient.enabled() || !serviceClient.clientId().equals(jwt.getSubject())) {
            return Optional.empty();
        }
        List<String> granted = jwt.getClaimAsStringList("scope");
        Set<Scope> scopes = (granted == null ? List.<String>of() : granted).stream().map(Scope::fromKey)
                .flatMap(Optional::stream).filter(serviceClient.grantedScopes()::contains).collect(Collectors.toSet());
        return Optional.of(new Caller(new Actor(ActorType.API_KEY, "client:" + serviceClient.clientId()), null, scopes,
                null, null));
    }
}
