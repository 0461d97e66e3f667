package io.autocrm.identity.selfservice;

import io.autocrm.identity.account.Mail;
import io.autocrm.identity.config.SecurityProperties;
import io.autocrm.identity.throttle.Limit;
import io.autocrm.identity.throttle.Throttle;
import io.autocrm.identity.throttle.Throttles;
import io.autocrm.platform.mail.MailOutbox;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Repository;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Account mail: reset links and sign-up confirmations, written from the templates of {@link Mail} and queued in the
 * one outbox ({@link MailOutbox}) that the e-mail channel delivers. Each mail names the person it is about, so erasure
 * removes it.
 * No address gets more than sign-in's {@code max-per-email} of these mails within its window
 * ({@code autocrm.security.login}, counted in {@code identity.mail_recipient_throttle}), so the public forms cannot
 * flood a mailbox.
 */
@Repository
public class EmailOutbox {

    private final MailOutbox outbox;
    private final ITemplateEngine templates;
    private final Throttle throttle;
    private final Limit limit;

    EmailOutbox(MailOutbox outbox, ITemplateEngine templates, Throttles throttles, SecurityProperties properties) {
        this.outbox = outbox;
        this.templates = templates;
        this.throttle = throttles.in("identity.mail_recipient_throttle");
        SecurityProperties.Login login = properties.login();
        this.limit = Limit.perWindow(login.maxPerEmail(), login.window());
    }

    /** Queues {@code mail} to {@code recipient}, its text written with {@code link}. */
    public void queue(UUID subjectId, String recipient, Mail mail, String link) {
        String body = templates.process(mail.template(), new Context(Locale.ENGLISH, Map.of("link", link)));
        outbox.queue(subjectId, recipient, mail.subject(), body);
    }

    /**
     * Takes one mail from the address's share; false once it got its share for now, and callers then send nothing
     * and answer as usual.
     */
    public boolean mayQueueTo(String recipient) {
        return throttle.take(key(recipient), limit).allowed();
    }

    /** Erasure: everything queued for or about the person, and the count of mail to their address. */
    public void erase(UUID subjectId, String email) {
        outbox.erase(subjectId, email);
        if (email != null) {
            throttle.forget(key(email));
        }
    }

    private static String key(String recipient) {
        return recipient.trim().toLowerCase(Locale.ROOT);
    }
}
