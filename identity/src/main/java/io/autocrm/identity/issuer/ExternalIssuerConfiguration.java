package io.autocrm.identity.issuer;

import io.autocrm.identity.account.ExternalAccounts;
import io.autocrm.identity.caller.CallerLookup;
import io.autocrm.identity.config.IssuerMode;
import io.autocrm.identity.config.SecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * An external OpenID Connect issuer ({@code autocrm.security.oidc.issuer-uri}) replaces the embedded one: the API
 * trusts its tokens (keys from {@code jwk-set-uri}, or discovered from the issuer on first use) and there is no login
 * page of AutoCRM's own.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(IssuerMode.External.class)
class ExternalIssuerConfiguration {

    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        SecurityProperties.Oidc oidc = properties.oidc();
        if (!StringUtils.hasText(oidc.jwkSetUri())) {
            return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(oidc.issuerUri()));
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(oidc.jwkSetUri()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(oidc.issuerUri()));
        return decoder;
    }

    @Bean
    Converter<Jwt, AbstractAuthenticationToken> jwtCallers(SecurityProperties properties, ExternalAccounts accounts,
            CallerLookup callers) {
        return new ExternalJwtCallers(properties.oidc(), accounts, callers);
    }
}
