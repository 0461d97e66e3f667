package io.autocrm.app.drills;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.autocrm.app.mail.MailBox;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A mail provider the drill controls: a real SMTP and IMAP server (GreenMail) on fixed free ports, holding the support
 * mailbox, that can be stopped (an outage) and started again on the same ports, its mailboxes kept.
 */
final class MailProvider implements AutoCloseable {

    static final String SUPPORT = "support@drill.example";
    static final String PASSWORD = "drill-support";
    private final int smtpPort = freePort();
    private final int imapPort = freePort();
    private GreenMail server;

    MailProvider start() {
        server = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withSieveIgnoreDetail()
                        .withUser(SUPPORT, SUPPORT, PASSWORD));
        server.start();
        return this;
    }

    /** Stops the servers; a new one started with {@link #start()} listens on the same ports (mailboxes are new). */
    void stop() {
        server.stop();
    }

    /** The application's settings for this provider: SMTP out, the support mailbox over IMAP. */
    String[] appArgs() {
        return new String[] {"--autocrm.mail.address=" + SUPPORT,
                "--autocrm.mail.smtp.host=127.0.0.1", "--autocrm.mail.smtp.port=" + smtpPort,
                "--autocrm.mail.smtp.security=none",
                "--autocrm.mail.imap.host=127.0.0.1", "--autocrm.mail.imap.port=" + imapPort,
                "--autocrm.mail.imap.security=none", "--autocrm.mail.imap.username=" + SUPPORT,
                "--autocrm.mail.imap.password=" + PASSWORD, "--autocrm.mail.inbox.poll-interval=1s",
                "--autocrm.mail.delivery.poll-interval=500ms", "--autocrm.mail.delivery.first-retry=1s",
                "--autocrm.mail.delivery.max-retry=2s"};
    }

    /** Sends a raw mail (headers as written) over SMTP, as a customer's mail client does. */
    void send(String raw, String recipient) throws MessagingException {
        new MailBox(smtpPort, imapPort).send(raw, recipient);
    }

    /** The Message-IDs in a folder of a mailbox (empty when the folder or the mailbox does not exist). */
    List<String> messageIds(String user, String password, String folderName) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        try {
            store.connect("127.0.0.1", imapPort, user, password);
        } catch (jakarta.mail.AuthenticationFailedException e) {
            return List.of();
        }
        try {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return List.of();
            }
            folder.open(Folder.READ_ONLY);
            List<String> ids = new ArrayList<>();
            for (Message message : folder.getMessages()) {
                String[] id = message.getHeader("Message-ID");
                ids.add(id == null ? null : id[0]);
            }
            folder.close(false);
            return ids;
        } finally {
            store.close();
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
