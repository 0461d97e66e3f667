package io.autocrm.identity.issuer;

import io.autocrm.access.Role;
import io.autocrm.identity.account.People;
import io.autocrm.identity.account.UserAccount;
import io.autocrm.identity.account.UserAccounts;
import java.util.UUID;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * What the embedded issuer writes into a person's tokens: {@code sub} is the user id (the principal's name), plus
 * {@code role}; ID tokens also name the person and their email. A disabled or deleted account gets no token, so its
 * refresh tokens stop working.
 */
final class IssuedTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final UserAccounts accounts;
    private final People people;

    IssuedTokenClaims(UserAccounts accounts, People people) {
        this.accounts = accounts;
        this.people = people;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return;
        }
        UserAccount account = account(context.getPrincipal().getName());
        context.getClaims().claim(EmbeddedJwtCallers.ROLE_CLAIM, account.role().key());
        if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            context.getClaims().claim("email", account.email());
            (account.role() == Role.CUSTOMER ? people.customer(account.id()) : people.agent(account.id()))
                    .ifPresent(person -> context.getClaims().claim("name", person.name()));
        }
    }

    private UserAccount account(String userId) {
        try {
            return accounts.find(UUID.fromString(userId)).filter(UserAccount::enabled)
                    .orElseThrow(() -> new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_GRANT));
        } catch (IllegalArgumentException e) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_GRANT);
        }
    }
}
