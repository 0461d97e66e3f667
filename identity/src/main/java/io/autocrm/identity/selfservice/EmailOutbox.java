package io.autocrm.identity.selfservice;

import io.autocrm.identity.config.SecurityProperties;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Mail waiting to be sent ({@code identity.email_outbox}): reset links and sign-up confirmations. Nothing delivers it
 * yet; the email channel will, marking {@code sent_at}. Each row names the person it is about, so erasure removes it.
 * No address gets more than sign-in's {@code max-per-email} of these mails within its window
 * ({@code autocrm.security.login}), so the public forms cannot flood a mailbox.
 */
@Repository
class EmailOutbox {

    private final JdbcClient jdbc;
    private final SecurityProperties.Login limits;

    EmailOutbox(JdbcClient jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.limits = properties.login();
    }

    void queue(UUID subjectId, String recipient, String subject, String body) {
        jdbc.sql("INSERT INTO identity.email_outbox (id, subject_id, recipient, subject, body) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), subjectId, recipient, subject, body).update();
    }

    /** False once the address got its share of mail for now; callers then send nothing and answer as usual. */
    boolean mayQueueTo(String recipient) {
        return jdbc.sql("""
                        SELECT count(*) FROM identity.email_outbox WHERE lower(recipient) = lower(?) AND created_at > ?""")
                .params(recipient, Timestamp.from(Instant.now().minus(limits.window())))
                .query(Long.class).single() < limits.maxPerEmail();
    }
}
