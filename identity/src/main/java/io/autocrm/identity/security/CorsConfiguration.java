package io.autocrm.identity.security;

import io.autocrm.identity.config.SecurityProperties;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Browser origins other than AutoCRM's own may call the API and the issuer's token endpoints only when listed in
 * {@code autocrm.security.cors.allowed-origins}; none are by default. Credentials are bearer tokens, never cookies.
 */
@Configuration(proxyBeanMethods = false)
class CorsConfiguration {

    @Bean
    CorsConfigurationSource corsConfigurationSource(SecurityProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        List<String> origins = properties.cors().allowedOrigins();
        if (origins.isEmpty()) {
            return source;
        }
        org.springframework.web.cors.CorsConfiguration api = new org.springframework.web.cors.CorsConfiguration();
        api.setAllowedOrigins(origins);
        api.setAllowedMethods(List.of("GET", "POST", "PATCH", "PUT", "DELETE", "OPTIONS"));
        api.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "If-Match", "If-None-Match",
                "Idempotency-Key", "Last-Event-ID", "X-AutoCRM-Channel", "X-Correlation-Id"));
        api.setExposedHeaders(List.of("ETag", "Location", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining",
                "RateLimit-Reset", "WWW-Authenticate"));
        api.setAllowCredentials(false);
        api.setMaxAge(Duration.ofHours(1));
        for (String path : List.of("/api/**", "/oauth2/token", "/oauth2/revoke", "/oauth2/jwks", "/userinfo",
                "/.well-known/**")) {
            source.registerCorsConfiguration(path, api);
        }
        return source;
    }
}
