package io.autocrm.identity.security;

import io.autocrm.identity.account.UserAccounts;
import io.autocrm.identity.config.IssuerMode;
import io.autocrm.identity.signin.LoginThrottle;
import io.autocrm.identity.signin.SecurityHeaders;
import io.autocrm.identity.signin.SignInStyle;
import io.autocrm.identity.signin.ThrottledLogin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sign-in and sign-out in the browser, for the embedded issuer: the login page and its form (email and password),
 * the other pages under {@code /login} (forgotten password, sign-up), a session cookie whose id changes at sign-in
 * (session fixation), CSRF tokens on every form (added by the templates' {@code th:action}), the pages' strict policy
 * ({@link SecurityHeaders#signIn}), and {@code /logout}.
 * The session only serves the issuer's authorization endpoint; the API never reads it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(IssuerMode.Embedded.class)
class BrowserSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain signInChain(HttpSecurity http, UserAccounts accounts, PasswordEncoder encoder,
            LoginThrottle throttle, SignInStyle style) throws Exception {
        http.securityMatcher("/login", "/login/**", "/logout")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .authenticationManager(new ProviderManager(new ThrottledLogin(accounts, encoder, throttle)))
                .formLogin(form -> form.loginPage("/login").loginProcessingUrl("/login")
                        .usernameParameter("email").passwordParameter("password")
                        .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error")))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> SecurityHeaders.signIn(headers, style));
        return http.build();
    }
}
