package io.autocrm.identity.selfservice;

import io.autocrm.events.common.Actor;
import io.autocrm.events.common.ActorType;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.identity.account.Mail;
import io.autocrm.identity.account.PasswordPolicy;
import io.autocrm.identity.account.SignedInSessions;
import io.autocrm.identity.account.UserAccount;
import io.autocrm.identity.account.UserAccounts;
import io.autocrm.identity.signin.LoginThrottle;
import io.autocrm.platform.database.ConfigurationHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords: a link with a one-time secret (30 minutes) goes to the account's address through the outbox;
 * following it sets a new password and ends every session of the account. Requests for addresses without an account
 * do nothing, and look exactly the same to the caller.
 */
@Service
class PasswordResets {

    static final Duration VALIDITY = Duration.ofMinutes(30);

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final EmailOutbox outbox;
    private final PasswordEncoder encoder;
    private final SignedInSessions sessions;
    private final LoginThrottle signIns;

    PasswordResets(JdbcClient jdbc, UserAccounts accounts, EmailOutbox outbox, PasswordEncoder encoder,
                   SignedInSessions sessions, LoginThrottle signIns) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.outbox = outbox;
        this.encoder = encoder;
        this.sessions = sessions;
        this.signIns = signIns;
    }

    @Transactional
    void request(String email, String baseUrl) {
        Optional<UserAccount> account = email == null ? Optional.empty() : accounts.findByEmail(email);
        if (account.isEmpty() || !account.get().enabled() || !outbox.mayQueueTo(account.get().email())) {
            return;
        }
        String secret = SecretTokens.newSecret();
        jdbc.sql("INSERT INTO identity.password_reset_token (token_hash, user_id, expires_at) VALUES (?, ?, ?)")
                .params(SecretTokens.hash(secret), account.get().id(),
                        java.sql.Timestamp.from(Instant.now().plus(VALIDITY))).update();
        outbox.queue(account.get().id(), account.get().email(), Mail.PASSWORD_RESET,
                baseUrl + "/login/reset?token=" + secret);
    }

    /** Whether {@code token} would be accepted now (unused, unexpired, its account enabled); changes nothing. */
    boolean usable(String token) {
        return token != null && jdbc.sql("""
                        SELECT count(*) FROM identity.password_reset_token t
                        JOIN identity.user_account a ON a.id = t.user_id
                        WHERE t.token_hash = ? AND t.used_at IS NULL AND t.expires_at > now() AND a.enabled""")
                .param(SecretTokens.hash(token)).query(Long.class).single() > 0;
    }

    /** @throws DomainException INVALID_RESET_TOKEN for an unknown, used or expired token; WEAK_PASSWORD */
    @Transactional
    void confirm(String token, String newPassword) {
        UUID userId = token == null ? null : jdbc.sql("""
                        SELECT user_id FROM identity.password_reset_token
                        WHERE token_hash = ? AND used_at IS NULL AND expires_at > now() FOR UPDATE""")
                .param(SecretTokens.hash(token)).query(UUID.class).optional().orElse(null);
        UserAccount account = userId == null ? null : accounts.find(userId).filter(UserAccount::enabled).orElse(null);
        if (account == null) {
            throw new DomainException(ErrorCode.INVALID_RESET_TOKEN, "The reset link is invalid or has expired.");
        }
        PasswordPolicy.check(newPassword, account.email());
        Actor self = new Actor(account.role().isStaff() ? ActorType.USER : ActorType.CUSTOMER, account.id().toString());
        ConfigurationHistory.actingAs(self, () -> accounts.changePassword(account.id(), encoder.encode(newPassword)));
        jdbc.sql("UPDATE identity.password_reset_token SET used_at = now() WHERE user_id = ? AND used_at IS NULL")
                .param(account.id()).update();
        signIns.forget(account.email());
        sessions.revokeAll(account.id());
    }
}
