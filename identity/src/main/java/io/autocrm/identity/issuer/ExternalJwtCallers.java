package io.autocrm.identity.issuer;

import io.autocrm.access.Caller;
import io.autocrm.access.Role;
import io.autocrm.events.common.EmailAddress;
import io.autocrm.identity.account.ExternalAccounts;
import io.autocrm.identity.caller.ApiProblems;
import io.autocrm.identity.caller.CallerAuthentication;
import io.autocrm.identity.caller.CallerLookup;
import io.autocrm.identity.config.SecurityProperties;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * The caller behind an external issuer's token: the person with the token's (verified) email, in the role its role
 * claim maps to. A token without a usable email or a mapped role is refused like any invalid token.
 */
final class ExternalJwtCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties.Oidc oidc;
    private final ExternalAccounts accounts;
    private final CallerLookup callers;

    ExternalJwtCallers(SecurityProperties.Oidc oidc, ExternalAccounts accounts, CallerLookup callers) {
        this.oidc = oidc;
        this.accounts = accounts;
        this.callers = callers;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String email = jwt.getClaimAsString(oidc.emailClaim());
        Optional<Role> role = role(jwt.getClaims());
        if (email == null || !EmailAddress.isValid(email.trim()) || role.isEmpty()
                || (oidc.requireEmailVerified() && !verified(jwt.getClaims().get("email_verified")))) {
            throw invalid();
        }
        Optional<UUID> user = accounts.userFor(email.trim(), jwt.getClaimAsString(oidc.nameClaim()), role.get());
        Caller caller = user.flatMap(callers::person).orElseThrow(ExternalJwtCallers::invalid);
        return new CallerAuthentication(caller, jwt);
    }

    /** The strongest role any value of the role claim maps to. */
    Optional<Role> role(Map<String, Object> claims) {
        List<String> values = values(claims, oidc.roleClaim());
        SecurityProperties.Roles roles = oidc.roles();
        if (values.stream().anyMatch(roles.admin()::contains)) {
            return Optional.of(Role.ADMIN);
        }
        if (values.stream().anyMatch(roles.agent()::contains)) {
            return Optional.of(Role.AGENT);
        }
        return values.stream().anyMatch(roles.customer()::contains) ? Optional.of(Role.CUSTOMER) : Optional.empty();
    }

    /** The string values at a dotted path ({@code realm_access.roles}), a single string or a list of them. */
    static List<String> values(Map<String, Object> claims, String path) {
        Object node = claims;
        for (String step : path.split("\\.")) {
            node = node instanceof Map<?, ?> map ? map.get(step) : null;
        }
        if (node instanceof String single) {
            return List.of(single.split("[ ,]+"));
        }
        if (node instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static boolean verified(Object claim) {
        return Boolean.TRUE.equals(claim) || "true".equals(claim);
    }

    private static InvalidBearerTokenException invalid() {
        return new InvalidBearerTokenException(ApiProblems.INVALID_TOKEN);
    }
}
