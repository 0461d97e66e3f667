package io.autocrm.channels.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The mail servers AutoCRM talks to: the SMTP server it sends through and the IMAP server of the support mailbox.
 * Without a configured SMTP host these are an embedded GreenMail server (SMTP and IMAP on local ports, started with
 * the application) whose support mailbox is {@link MailProperties#address()}; any other address gets a mailbox the
 * first time mail is sent to it, its password being the address itself, so a mail client can read what AutoCRM sent.
 * Plus addresses are delivered as real servers deliver them: {@code support+abc@…} reaches the support mailbox.
 */
@Component
public class MailServers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailServers.class);
    private static final String LOOPBACK = "127.0.0.1";
    private final MailProperties properties;
    private final GreenMail embedded;
    private final JavaMailSenderImpl sender;
    private final MailProperties.Server imap;

    MailServers(MailProperties properties) {
        this.properties = properties;
        if (properties.embeddedServer()) {
            MailProperties.Embedded config = properties.embedded();
            embedded = new GreenMail(new ServerSetup[] {
                    setup(config.smtpPort(), ServerSetup.PROTOCOL_SMTP), setup(config.imapPort(), ServerSetup.PROTOCOL_IMAP)})
                    .withConfiguration(GreenMailConfiguration.aConfig().withSieveIgnoreDetail()
                            .withUser(properties.address(), properties.address(), config.password()));
            embedded.start();
            MailProperties.Server smtp = new MailProperties.Server(LOOPBACK, embedded.getSmtp().getPort(), null, null,
                    "none", properties.smtp().timeout());
            imap = new MailProperties.Server(LOOPBACK, embedded.getImap().getPort(), properties.address(),
                    config.password(), "none", properties.imap().timeout());
            sender = sender(smtp);
            log.info("Embedded mail server: SMTP {}:{}, IMAP {}:{}", LOOPBACK, smtp.port(), LOOPBACK, imap.port());
        } else {
            embedded = null;
            imap = properties.imap();
            sender = sender(properties.smtp());
        }
    }

    private static ServerSetup setup(int port, String protocol) {
        ServerSetup setup = new ServerSetup(port, LOOPBACK, protocol);
        return port == 0 ? setup.dynamicPort() : setup;
    }

    /** Sends mail through the SMTP server. */
    public JavaMailSender sender() {
        return sender;
    }

    /** The IMAP server of the support mailbox; empty when none is configured. */
    public Optional<MailProperties.Server> imap() {
        return imap.host() == null || imap.host().isBlank() ? Optional.empty() : Optional.of(imap);
    }

    /** A store (not yet connected) of the support mailbox's IMAP server. */
    public Store imapStore() throws jakarta.mail.NoSuchProviderException {
        MailProperties.Server server = imap().orElseThrow();
        String protocol = server.tls() ? "imaps" : "imap";
        Properties props = new Properties();
        String prefix = connection(props, protocol, server);
        // A mail is fetched whole in one command (its size is checked first), not in 16 KB pieces.
        props.put(prefix + "partialfetch", "false");
        return Session.getInstance(props).getStore(protocol);
    }

    /** Whether the mail servers are the embedded ones. */
    public boolean embedded() {
        return embedded != null;
    }

    /** How a person connects an ordinary mail client to the embedded server; empty when it does not run. */
    public Optional<String> howToConnect() {
        if (embedded == null) {
            return Optional.empty();
        }
        return Optional.of(("write to %s through SMTP %s:%d (no sign-in, no TLS); read replies over IMAP %s:%d,"
                + " user and password: your address (the support mailbox: %s / %s)").formatted(properties.address(),
                LOOPBACK, embedded.getSmtp().getPort(), LOOPBACK, embedded.getImap().getPort(), properties.address(),
                properties.embedded().password()));
    }

    /** One line for the startup banner: how to reach the embedded server, or which server mail goes through. */
    public String summary() {
        if (!properties.enabled()) {
            return "off";
        }
        return howToConnect().map(how -> "embedded server: " + how)
                .orElse("support address " + properties.address() + " through " + properties.smtp().host()
                        + imap().map(server -> ", mailbox read from " + server.host()).orElse(", no mailbox read"));
    }

    /** The embedded server's SMTP port; for tests and the demo. */
    public int embeddedSmtpPort() {
        return embedded.getSmtp().getPort();
    }

    /** The embedded server's IMAP port; for tests and the demo. */
    public int embeddedImapPort() {
        return embedded.getImap().getPort();
    }

    private static JavaMailSenderImpl sender(MailProperties.Server server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(server.host());
        if (server.port() != null) {
            sender.setPort(server.port());
        }
        sender.setUsername(server.username());
        sender.setPassword(server.password());
        sender.setDefaultEncoding("UTF-8");
        Properties props = sender.getJavaMailProperties();
        String protocol = server.tls() ? "smtps" : "smtp";
        sender.setProtocol(protocol);
        String prefix = connection(props, protocol, server);
        props.put(prefix + "auth", String.valueOf(server.username() != null && !server.username().isBlank()));
        return sender;
    }

    /** The timeouts and STARTTLS of a connection to {@code server} over {@code protocol}; answers the key prefix. */
    private static String connection(Properties props, String protocol, MailProperties.Server server) {
        String prefix = "mail." + protocol + ".";
        String timeout = String.valueOf(server.timeout().toMillis());
        props.put(prefix + "connectiontimeout", timeout);
        props.put(prefix + "timeout", timeout);
        props.put(prefix + "writetimeout", timeout);
        if (server.startTls()) {
            props.put(prefix + "starttls.enable", "true");
            props.put(prefix + "starttls.required", "true");
        }
        return prefix;
    }

    @Override
    public void destroy() {
        if (embedded != null) {
            embedded.stop();
        }
    }
}
