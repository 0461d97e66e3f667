package io.autocrm.app.mail;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A person's mail client against the embedded mail server: sends raw mail over SMTP exactly as written (no header
 * rewritten) and reads a mailbox over IMAP (an address's password on the embedded server is the address).
 */
public final class MailBox {

    private final int smtpPort;
    private final int imapPort;

    public MailBox(int smtpPort, int imapPort) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    /** Sends {@code raw} (headers and body, CRLF or LF) to {@code recipients} over SMTP. */
    public void send(String raw, String... recipients) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(smtpPort));
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session,
                new ByteArrayInputStream(raw.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        InternetAddress[] to = new InternetAddress[recipients.length];
        for (int i = 0; i < recipients.length; i++) {
            to[i] = new InternetAddress(recipients[i]);
        }
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, to);
        }
    }

    /** The raw mails in {@code address}'s folder, oldest first. */
    public List<String> read(String address, String password, String folderName) throws MessagingException, IOException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", imapPort, address, password);
        try {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return List.of();
            }
            folder.open(Folder.READ_ONLY);
            List<String> mails = new ArrayList<>();
            for (Message message : folder.getMessages()) {
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                message.writeTo(raw);
                mails.add(raw.toString(StandardCharsets.UTF_8));
            }
            folder.close(false);
            return mails;
        } finally {
            store.close();
        }
    }

    /** The raw mails in a customer's inbox. */
    public List<String> inbox(String address) throws MessagingException, IOException {
        return read(address, address, "INBOX");
    }

    /** A parsed mail. */
    public static MimeMessage parse(String raw) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }
}
