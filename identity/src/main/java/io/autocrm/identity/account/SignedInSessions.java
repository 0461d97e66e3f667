package io.autocrm.identity.account;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The issuer's grants to a person ({@code identity.oauth2_authorization}, principal = user id). Revoking them ends
 * every refresh token, so other devices must sign in again; access tokens already issued expire within minutes, and
 * a disabled or deleted account is refused at once on every request.
 */
@Repository
public class SignedInSessions {

    private final JdbcClient jdbc;

    SignedInSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void revokeAll(UUID userId) {
        jdbc.sql("DELETE FROM identity.oauth2_authorization WHERE principal_name = ?").param(userId.toString()).update();
        jdbc.sql("DELETE FROM identity.oauth2_authorization_consent WHERE principal_name = ?").param(userId.toString())
                .update();
    }
}
