package io.autocrm.identity.caller;

import io.autocrm.access.Caller;
import io.autocrm.access.Role;
import io.autocrm.access.Scope;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated request, whether from a JWT (embedded or external issuer) or an API key: the {@link Caller} is the
 * principal. Authorities: {@code SCOPE_<scope>} for every scope the caller holds ({@code admin} implies all),
 * {@code ROLE_CUSTOMER}, {@code ROLE_AGENT} (agents and admins), {@code ROLE_ADMIN}, or {@code ROLE_INTEGRATION} for
 * API keys.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;
    private final transient Object credentials;

    /** {@code credentials}: the {@code Jwt}, or the API key's id; never the secret. */
    public CallerAuthentication(Caller caller, Object credentials) {
        super(authorities(caller));
        this.caller = caller;
        this.credentials = credentials;
        setAuthenticated(true);
    }

    public Caller caller() {
        return caller;
    }

    @Override
    public Object getPrincipal() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return credentials;
    }

    @Override
    public String getName() {
        return caller.actor().toString();
    }

    static List<GrantedAuthority> authorities(Caller caller) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            if (caller.has(scope)) {
                authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope.key()));
            }
        }
        if (caller.role() == null) {
            authorities.add(new SimpleGrantedAuthority("ROLE_INTEGRATION"));
        } else {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + caller.role().name()));
            if (caller.role() == Role.ADMIN) {
                authorities.add(new SimpleGrantedAuthority("ROLE_AGENT"));
            }
        }
        return List.copyOf(authorities);
    }
}
