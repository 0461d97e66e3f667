package io.autocrm.channels.mail;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The e-mail channel ({@code autocrm.mail}). Without an SMTP host AutoCRM starts an embedded mail server (SMTP and
 * IMAP on local ports) and uses it for both; with one, it sends through that server and reads the support mailbox
 * from the IMAP server configured (none: no mail is read, the inbound webhook still works).
 *
 * @param enabled  false: no mail is sent or read, and nothing is queued for delivery is lost (it waits)
 * @param address  the support address customers write to; From of every mail, and the base of reply addresses
 *                 ({@code support+<token>@…})
 * @param fromName the name shown with the support address
 * @param maxSize  larger mails are quarantined, never read into a ticket
 */
@Validated
@ConfigurationProperties("autocrm.mail")
public record MailProperties(@DefaultValue("true") boolean enabled,
                             @DefaultValue("support@autocrm.localhost") @NotBlank @Email String address,
                             @DefaultValue("AutoCRM Support") String fromName,
                             @DefaultValue("25MB") DataSize maxSize,
                             @DefaultValue Embedded embedded,
                             @DefaultValue Server smtp,
                             @DefaultValue Server imap,
                             @DefaultValue Inbox inbox,
                             @DefaultValue Delivery delivery) {

    /** The part of {@link #address} after the {@code @}: Message-IDs are made in it. */
    public String domain() {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /** The part of {@link #address} before the {@code @}. */
    public String localPart() {
        return address.substring(0, address.lastIndexOf('@'));
    }

    /** Whether the embedded mail server runs: mail is on and no SMTP host is configured. */
    public boolean embeddedServer() {
        return enabled && (smtp.host() == null || smtp.host().isBlank());
    }

    /**
     * The embedded server of the default run (and the tests).
     *
     * @param smtpPort port of its SMTP server (0: any free port)
     * @param imapPort port of its IMAP server (0: any free port)
     * @param password the support mailbox's password; every other mailbox's password is its address
     */
    public record Embedded(@DefaultValue("2525") int smtpPort, @DefaultValue("2143") int imapPort,
                           @DefaultValue("support") String password) {
    }

    /**
     * A mail server.
     *
     * @param security {@code none}, {@code starttls} (required) or {@code tls} (implicit TLS: SMTPS, IMAPS)
     */
    public record Server(String host, Integer port, String username, String password,
                         @DefaultValue("starttls") String security, @DefaultValue("20s") Duration timeout) {

        public boolean tls() {
            return "tls".equalsIgnoreCase(security);
        }

        public boolean startTls() {
            return "starttls".equalsIgnoreCase(security);
        }
    }

    /**
     * How the support mailbox is read.
     *
     * @param folder           where new mail arrives
     * @param processedFolder  where a mail goes once its ticket change is committed
     * @param quarantineFolder where a mail goes once it is quarantined (recorded with its reason)
     * @param pollInterval     how often the mailbox is read when the server offers no IDLE (and how long an IDLE
     *                         waits at most before it is renewed)
     */
    public record Inbox(@DefaultValue("INBOX") String folder, @DefaultValue("Processed") String processedFolder,
                        @DefaultValue("Quarantine") String quarantineFolder,
                        @DefaultValue("30s") Duration pollInterval) {
    }

    /**
     * How queued mail is delivered.
     *
     * @param pollInterval how often the outbox is looked at for mail that is due
     * @param firstRetry   the wait after a first failed attempt; it doubles with every failure, up to
     *                     {@code maxRetry}
     * @param giveUpAfter  a mail still undelivered this long after it was queued is marked failed
     */
    public record Delivery(@DefaultValue("2s") Duration pollInterval, @DefaultValue("30s") Duration firstRetry,
                           @DefaultValue("1h") Duration maxRetry, @DefaultValue("48h") Duration giveUpAfter,
                           @DefaultValue("20") int batchSize) {
    }
}
