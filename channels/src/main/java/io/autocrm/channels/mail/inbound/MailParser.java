package io.autocrm.channels.mail.inbound;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a raw RFC 5322 mail with Jakarta Mail: headers (RFC 2047 encoded words decoded), the addresses, and the body
 * in every transfer encoding (base64, quoted-printable, 8bit) and charset a mailbox sees; a charset Java does not know
 * is read as UTF-8 with replacement characters rather than refused. Of a multipart/alternative the HTML is taken;
 * attachments, embedded images and attached mails become files of the message, decoded from their transfer encoding.
 */
final class MailParser {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    /** Longer Message-IDs are kept as a hash of themselves: the same one always becomes the same key. */
    static final int MAX_MESSAGE_ID = 500;
    private static final Set<String> MACHINE_SENDERS = Set.of("mailer-daemon", "postmaster", "noreply", "no-reply",
            "do-not-reply", "donotreply");

    private MailParser() {
    }

    /**
     * The mail in {@code raw}.
     *
     * @throws MalformedMail when it cannot be read as a mail, or has no usable sender
     */
    static ParsedMail parse(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            String messageId = first(ids(header(message, "Message-ID")));
            InternetAddress from = sender(message);
            Bodies bodies = new Bodies();
            collect(message, bodies);
            return new ParsedMail(messageId, ids(header(message, "In-Reply-To")), ids(header(message, "References")),
                    header(message, "Thread-Index"), subject(message), from.getAddress().toLowerCase(Locale.ROOT),
                    clean(from.getPersonal()), recipients(message), automatic(message, from),
                    bodies.html == null ? null : QuotedHistory.stripHtml(clean(bodies.html.toString())),
                    bodies.text == null ? null : QuotedHistory.stripText(clean(bodies.text.toString())),
                    bodies.files, addresses(message, "To", "Cc"));
        } catch (MalformedMail e) {
            throw e;
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new MalformedMail("not a readable mail: " + message(e), e);
        }
    }

    /**
     * What can be read of a mail that cannot be parsed, for its quarantine record: its sender and subject as far as
     * they are legible; nulls otherwise.
     */
    static ParsedMail peek(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            String from = null;
            try {
                Address[] addresses = message.getFrom();
                if (addresses != null && addresses.length > 0 && addresses[0] instanceof InternetAddress address
                        && address.getAddress() != null) {
                    from = address.getAddress().toLowerCase(Locale.ROOT);
                }
            } catch (MessagingException e) {
                // no legible sender
            }
            return new ParsedMail(null, List.of(), List.of(), null, subject(message), from, null, List.of(), null,
                    null, null, List.of(), List.of());
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** The Message-ID of a mail that is not parsed as a whole (one too large); null when it has none. */
    static String peekMessageId(byte[] head) {
        try {
            return first(ids(header(new MimeMessage(SESSION, new ByteArrayInputStream(head)), "Message-ID")));
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static InternetAddress sender(MimeMessage message) throws MessagingException {
        Address[] from;
        try {
            from = message.getFrom();
        } catch (AddressException e) {
            throw new MalformedMail("its From address cannot be read: " + e.getMessage(), e);
        }
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
                || address.getAddress() == null || !address.getAddress().contains("@")) {
            throw new MalformedMail("it names no sender (From)", null);
        }
        try {
            address.validate();
        } catch (AddressException e) {
            throw new MalformedMail("its sender is not a valid address: " + address.getAddress(), e);
        }
        return address;
    }

    private static String subject(MimeMessage message) throws MessagingException {
        String subject = clean(message.getSubject());
        return subject == null || subject.isBlank() ? null : subject.strip().replaceAll("\\s+", " ");
    }

    /**
     * Text without NUL and the other control characters but tab and line breaks: decoded words and bodies may carry
     * them, and PostgreSQL stores no NUL in text.
     */
    static String clean(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll("");
    }

    /** Why a machine sent the mail (RFC 3834 Auto-Submitted, Precedence, list headers, delivery reports). */
    static String automatic(MimeMessage message, InternetAddress from) throws MessagingException {
        String autoSubmitted = header(message, "Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return "Auto-Submitted: " + autoSubmitted.strip();
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && Set.of("bulk", "junk", "list", "auto_reply")
                .contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return "Precedence: " + precedence.strip();
        }
        for (String name : List.of("X-Autoreply", "X-Autorespond", "X-Auto-Reply")) {
            if (header(message, name) != null) {
                return name + " header";
            }
        }
        if (header(message, "List-Id") != null || header(message, "List-Unsubscribe") != null) {
            return "mailing-list mail (List-Id)";
        }
        if (message.isMimeType("multipart/report")) {
            return "a delivery report (multipart/report)";
        }
        String local = from.getAddress().substring(0, from.getAddress().indexOf('@')).toLowerCase(Locale.ROOT);
        if (MACHINE_SENDERS.contains(local)) {
            return "sent by " + local;
        }
        String returnPath = header(message, "Return-Path");
        if (returnPath != null && returnPath.strip().equals("<>")) {
            return "a bounce (empty Return-Path)";
        }
        return null;
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        return addresses(message, "To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To");
    }

    private static List<String> addresses(MimeMessage message, String... headers) throws MessagingException {
        Set<String> all = new LinkedHashSet<>();
        for (String header : headers) {
            String[] values = message.getHeader(header);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                try {
                    for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                        if (address.getAddress() != null) {
                            all.add(address.getAddress().toLowerCase(Locale.ROOT));
                        }
                    }
                } catch (AddressException e) {
                    // an unreadable recipient names no ticket
                }
            }
        }
        return List.copyOf(all);
    }

    private static void collect(Part part, Bodies bodies) throws MessagingException, IOException {
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
        boolean body = part.isMimeType("text/plain") || part.isMimeType("text/html") || part.getContentType() == null;
        if (attachment || (!body && !part.isMimeType("multipart/*"))) {
            boolean shown = !attachment && (part.isMimeType("image/*") || part instanceof MimePart mime
                    && mime.getContentID() != null);
            bodies.files.add(file(part, shown, bodies.files.size() + 1));
            return;
        }
        if (part.isMimeType("multipart/alternative")) {
            Multipart alternatives = (Multipart) part.getContent();
            Part best = null;
            for (int i = 0; i < alternatives.getCount(); i++) {
                BodyPart candidate = alternatives.getBodyPart(i);
                if (best == null || candidate.isMimeType("text/html") || candidate.isMimeType("multipart/*")) {
                    best = candidate;
                }
            }
            if (best != null) {
                collect(best, bodies);
            }
        } else if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                collect(parts.getBodyPart(i), bodies);
            }
        } else if (part.isMimeType("text/html")) {
            bodies.html = append(bodies.html, text(part));
        } else if (part.isMimeType("text/plain") || part.getContentType() == null) {
            bodies.text = append(bodies.text, text(part));
        }
    }

    /** A file part, decoded; named by the sender or, without a name, by its type ("image-2.png"). */
    private static ParsedMail.MailFile file(Part part, boolean inline, int position)
            throws MessagingException, IOException {
        String name = null;
        try {
            name = part.getFileName() == null ? null : MimeUtility.decodeText(part.getFileName());
        } catch (UnsupportedEncodingException | MessagingException e) {
            name = part.getFileName();
        }
        String type = baseType(part);
        if (name == null || name.isBlank()) {
            name = (part.isMimeType("message/rfc822") ? "attached-mail" : type.startsWith("image/") ? "image"
                    : "file") + "-" + position + extension(type);
        }
        try (InputStream in = part.getInputStream()) {
            return new ParsedMail.MailFile(clean(name), type, in.readAllBytes(), inline);
        }
    }

    private static String baseType(Part part) {
        try {
            return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    private static String extension(String type) {
        return switch (type) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            case "message/rfc822" -> ".eml";
            case "application/pdf" -> ".pdf";
            default -> "";
        };
    }

    private static StringBuilder append(StringBuilder to, String text) {
        StringBuilder builder = to == null ? new StringBuilder() : to.append('\n');
        return builder.append(text);
    }

    /** A text part decoded from its transfer encoding and charset. */
    private static String text(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String text) {
                return text;
            }
        } catch (UnsupportedEncodingException e) {
            // a charset Java does not know: read below
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), charset(part));
        }
    }

    private static Charset charset(Part part) {
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(MimeUtility.javaCharset(name));
        } catch (MessagingException | RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, " ");
        return value == null ? null : value.replaceAll("\\r?\\n", "");
    }

    private static List<String> ids(String header) {
        if (header == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Matcher matcher = MESSAGE_ID.matcher(header);
        while (matcher.find() && ids.size() < 100) {
            ids.add(messageId(matcher.group(1)));
        }
        return List.copyOf(ids);
    }

    /** A Message-ID as AutoCRM keeps it: as it is, or a hash of it when it is very long. */
    static String messageId(String id) {
        String clean = clean(id);
        if (clean.length() <= MAX_MESSAGE_ID) {
            return clean;
        }
        try {
            return "sha256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(clean.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String first(List<String> ids) {
        return ids.isEmpty() ? null : ids.getFirst();
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The bodies found so far. */
    private static final class Bodies {
        private StringBuilder html;
        private StringBuilder text;
        private final List<ParsedMail.MailFile> files = new ArrayList<>();
    }
}
