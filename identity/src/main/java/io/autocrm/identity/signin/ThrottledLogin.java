package io.autocrm.identity.signin;

import io.autocrm.identity.account.UserAccount;
import io.autocrm.identity.account.UserAccounts;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs people in with email and password on the login page. Whatever goes wrong (unknown address, wrong password,
 * disabled account, too many attempts) the answer is the same {@value #INVALID}, and an unknown address costs the
 * same hashing time as a known one. The authenticated principal's name is the user id, which becomes the tokens'
 * {@code sub}.
 */
public final class ThrottledLogin implements AuthenticationProvider {

    static final String INVALID = "Invalid email or password";

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    public ThrottledLogin(UserAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(byEmail(accounts));
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (throttle.refused(email, address)) {
            throw new BadCredentialsException(INVALID);
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.forget(email);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(email, address);
            throw new BadCredentialsException(INVALID);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static UserDetailsService byEmail(UserAccounts accounts) {
        return email -> {
            UserAccount account = accounts.findByEmail(email).filter(a -> a.passwordHash() != null)
                    .orElseThrow(() -> new UsernameNotFoundException(INVALID));
            return User.withUsername(account.id().toString()).password(account.passwordHash())
                    .disabled(!account.enabled())
                    .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()))).build();
        };
    }
}
