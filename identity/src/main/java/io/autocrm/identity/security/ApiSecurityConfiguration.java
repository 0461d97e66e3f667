package io.autocrm.identity.security;

import io.autocrm.identity.apikey.ApiKeyAuthenticationFilter;
import io.autocrm.identity.apikey.ApiKeys;
import io.autocrm.identity.caller.ApiProblems;
import io.autocrm.identity.signin.SecurityHeaders;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API ({@code /api/**}, {@code /actuator/**}): stateless, every request carries a bearer token, either a JWT
 * (embedded or external issuer) or an API key ({@code acrm_…}). Who may do what follows the permission matrix of
 * docs/access.md (see {@link ApiRules}); refusals are problem details ({@link ApiProblems}).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final int ORDER = 3;

    @Bean
    @Order(ORDER)
    SecurityFilterChain apiChain(HttpSecurity http, JwtDecoder decoder,
            Converter<Jwt, AbstractAuthenticationToken> jwtCallers, ApiKeys apiKeys)
            throws Exception {
        ApiProblems problems = new ApiProblems();
        http.securityMatcher("/api/**", "/actuator/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(fixation -> fixation.none()))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .cors(Customizer.withDefaults())
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys), BearerTokenAuthenticationFilter.class)
                .oauth2ResourceServer(resource -> resource
                        .bearerTokenResolver(jwtsOnly())
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(jwtCallers))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> {
                    // The request dispatch was authorised; its async (live streams) and error dispatches follow it.
                    requests.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll();
                    ApiRules.apply(requests);
                })
                .headers(SecurityHeaders::api);
        return http.build();
    }

    /** Bearer tokens from the Authorization header only, and not API keys, which the API-key filter owns. */
    private static BearerTokenResolver jwtsOnly() {
        DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
        return request -> {
            String token = header.resolve(request);
            return token == null || ApiKeyAuthenticationFilter.isApiKey(token) ? null : token;
        };
    }
}
