package io.autocrm.identity.account;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashes name their algorithm ({@code {bcrypt}$2a$12$…}), so a stronger one can be introduced later while
 * old hashes still verify. BCrypt with cost 12: about a quarter of a second per check, by design.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    static final int BCRYPT_COST = 12;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(BCRYPT_COST)));
    }
}
