package io.autocrm.app.support;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Access tokens for tests, signed with the embedded issuer's real key (autowire {@code JWKSource<SecurityContext>}),
 * shaped as the issuer shapes them: {@code sub} = user id, {@code role}. Sign-in itself is tested through HTTP
 * (SignInFlowTest); this only saves the other tests the round trip.
 */
public final class Tokens {

    private final NimbusJwtEncoder encoder;
    private final String issuer;

    public Tokens(JWKSource<SecurityContext> keys, int port) {
        this.encoder = new NimbusJwtEncoder(keys);
        this.issuer = "http://localhost:" + port;
    }

    /** A valid ten-minute token for the user. */
    public String forUser(UUID userId, String role) {
        return mint(issuer, userId.toString(), role, Instant.now().plus(Duration.ofMinutes(10)));
    }

    public String mint(String issuer, String subject, String role, Instant expiresAt) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(issuer).subject(subject)
                .audience(java.util.List.of("autocrm-web")).issuedAt(expiresAt.minus(Duration.ofMinutes(10)))
                .expiresAt(expiresAt).id(UUID.randomUUID().toString());
        if (role != null) {
            claims.claim("role", role);
        }
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                claims.build())).getTokenValue();
    }
}
