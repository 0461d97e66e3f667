package io.autocrm.bench;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

/**
 * Mail: a generated mailbox (threads of one to six mails per customer, a fifth of them with a 40 KB attachment, a
 * third HTML with a plain-text alternative, several charsets and transfer encodings) sent over SMTP to the app's
 * support address on its embedded server in waves of 200 (the next when at most 50 are still waiting), read from the
 * mailbox over IMAP and taken in (a ticket per thread, a customer message per reply), timed from the first mail sent
 * until the last is recorded (each attachment stored as a file of its message: hashed, typed, written to the file
 * store). Baseline: parsing the same
 * mails alone in this process (Jakarta Mail, every body part decoded), one thread.
 */
final class MailBench {

    private static final String SUPPORT = "support@autocrm.localhost";
    private static final int CUSTOMERS = 2_000;
    private static final int ATTACHMENT_BYTES = 40 * 1024;
    private static final int WAVE = 200;
    private static final int WEBHOOK_MAILS = 300;

    private MailBench() {
    }

    /** A generated mail and what it is. */
    record Mail(byte[] raw, boolean reply, boolean attachment) {
    }

    static void run(App app, Pg pg, Options o, Report report) throws Exception {
        Report.heading("Mail: take in a mailbox of " + o.mails() + " mails over IMAP");
        // Message-IDs unique to this run: a mail of an earlier run on the same database would count as seen before.
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Mail> mails = generate(o.mails(), o.seed(), run);
        long replies = mails.stream().filter(Mail::reply).count();
        long withAttachment = mails.stream().filter(Mail::attachment).count();
        long bytes = mails.stream().mapToLong(m -> m.raw().length).sum();
        double parseRate = parseAlone(mails);

        String ofRun = "SELECT count(*) FROM mail.inbound WHERE message_key LIKE 'bench-" + run + "-%'";
        long before = 0;
        long t0 = System.nanoTime();
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(app.smtpPort()));
        Session session = Session.getInstance(props);
        InternetAddress[] to = {new InternetAddress(SUPPORT)};
        int next = 0;
        int reconnects = 0;
        while (next < mails.size()) {
            // Mail arrives as it does at a support mailbox: continuously, never thousands waiting at once. A wave of
            // WAVE mails is sent when at most WAVE / 4 of the earlier ones are still waiting (GreenMail's IMAP server
            // costs grow with the size of the folder; real servers' do not).
            while (next - pg.queryLong(ofRun) > WAVE / 4) {
                Thread.sleep(20);
            }
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect();
                for (int sent = 0; sent < WAVE && next < mails.size(); sent++, next++) {
                    transport.sendMessage(new MimeMessage(session, new ByteArrayInputStream(mails.get(next).raw())),
                            to);
                }
            } catch (MessagingException e) {
                if (++reconnects > 20) {
                    throw e;
                }
                System.out.printf("  SMTP connection lost at mail %,d (%s); reconnecting%n", next, e.getMessage());
            }
        }
        double sentSeconds = (System.nanoTime() - t0) / 1e9;
        long lastPrint = System.nanoTime();
        long taken;
        while ((taken = pg.queryLong(ofRun) - before) < mails.size()) {
            if (System.nanoTime() - lastPrint > 10e9) {
                lastPrint = System.nanoTime();
                System.out.printf("  ... %.0f s: %,d of %,d taken in%n", (lastPrint - t0) / 1e9, taken, mails.size());
            }
            if (System.nanoTime() - t0 > 1_800e9) {
                throw new IllegalStateException("the mailbox was not taken in within 30 minutes: " + taken);
            }
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double rate = mails.size() / seconds;
        long created = pg.queryLong(ofRun + " AND state = 'ticket-created'");
        long added = pg.queryLong(ofRun + " AND state = 'message-added'");
        long other = pg.queryLong(ofRun + " AND state NOT IN ('ticket-created', 'message-added')");
        long files = pg.queryLong("""
                SELECT count(*) FROM files.attachment a JOIN mail.inbound i ON i.message_id = a.message_id
                 WHERE i.message_key LIKE 'bench-%s-%%'""".formatted(run));
        double webhookRate = webhook(app, generate(WEBHOOK_MAILS, o.seed() + 1, run + "w"));
        Map<String, Object> s = report.section("mail");
        s.put("mails", mails.size());
        s.put("threads", mails.size() - replies);
        s.put("replies", replies);
        s.put("with_attachment", withAttachment);
        s.put("megabytes", ReplayBench.round(bytes / 1024.0 / 1024.0));
        s.put("smtp_send_seconds", ReplayBench.round(sentSeconds));
        s.put("take_in_seconds", ReplayBench.round(seconds));
        s.put("mails_per_second", ReplayBench.round(rate));
        s.put("baseline_parse_alone_mails_per_second", Math.round(parseRate));
        s.put("ratio_to_parsing_alone", ReplayBench.round(rate / parseRate));
        s.put("webhook_mails_per_second", ReplayBench.round(webhookRate));
        s.put("tickets_created", created);
        s.put("messages_added", added);
        s.put("ignored_or_quarantined", other);
        s.put("files_stored", files);
        System.out.printf("  %,d mails (%,d threads, %,d replies, %,d with a 40 KB attachment, %.1f MB): sent over SMTP"
                        + " in %.1f s, all taken in after %.1f s: %.1f mails/s; parsing alone %,.0f mails/s; ratio %.4f%n",
                mails.size(), mails.size() - replies, replies, withAttachment, bytes / 1024.0 / 1024.0, sentSeconds,
                seconds, rate, parseRate, rate / parseRate);
        System.out.printf("  tickets created %,d, replies threaded onto their ticket %,d, other %,d; files stored on their"
                + " messages %,d%n", created, added, other, files);
        System.out.printf("  the same path without IMAP: %,d mails posted one after another to the inbound webhook: "
                + "%.1f mails/s%n", WEBHOOK_MAILS, webhookRate);
        report.target("every thread one ticket, every reply on it", mails.size() - replies + " / " + replies,
                created + " / " + added, created == mails.size() - replies && added == replies);
        report.target("every attachment a file on its message", String.valueOf(withAttachment),
                String.valueOf(files), files == withAttachment);
    }

    /** Posts the mails one after another to the inbound webhook (no IMAP, no mail server); mails per second. */
    static double webhook(App app, List<Mail> mails) throws Exception {
        long t0 = System.nanoTime();
        for (Mail mail : mails) {
            java.net.http.HttpResponse<String> r = app.api().sendRaw("/api/v1/mail/inbound", mail.raw(),
                    "message/rfc822");
            if (r.statusCode() != 200) {
                throw new IllegalStateException("webhook answered " + r.statusCode() + ": " + r.body());
            }
        }
        return mails.size() / ((System.nanoTime() - t0) / 1e9);
    }

    /** Parses every mail and decodes every part, as taking it in does; mails per second. */
    static double parseAlone(List<Mail> mails) throws MessagingException, IOException {
        Session session = Session.getInstance(new Properties());
        double rate = 0;
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up; the second is measured
            long t0 = System.nanoTime();
            for (Mail mail : mails) {
                decoded += walk(new MimeMessage(session, new ByteArrayInputStream(mail.raw())));
            }
            rate = mails.size() / ((System.nanoTime() - t0) / 1e9);
        }
        return rate;
    }

    /** What was decoded, kept so that the JIT cannot drop the parsing it measures. */
    static volatile long decoded;

    private static long walk(Part part) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            long n = 0;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                n += walk(child);
            }
            return n;
        }
        if (part.isMimeType("text/*")) {
            return ((String) part.getContent()).length();
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes().length;
        }
    }

    static List<Mail> generate(int count, long seed, String run) {
        Random random = new Random(seed);
        byte[] attachment = new byte[ATTACHMENT_BYTES];
        List<Mail> mails = new ArrayList<>(count);
        List<String[]> open = new ArrayList<>(); // customer, last Message-ID, references
        for (int i = 0; i < count; i++) {
            boolean reply = !open.isEmpty() && random.nextInt(100) < 60;
            String customer;
            String inReplyTo = null;
            String references = null;
            String subject;
            String[] thread = null;
            if (reply) {
                thread = open.get(random.nextInt(open.size()));
                customer = thread[0];
                inReplyTo = thread[1];
                references = thread[2];
                subject = "Re: " + thread[3];
            } else {
                customer = "customer" + random.nextInt(CUSTOMERS) + "@bench.example";
                subject = "Bench request " + i + ": the invoice total";
            }
            String messageId = "bench-" + run + "-" + i + "@bench.example";
            boolean withAttachment = random.nextInt(100) < 20;
            boolean html = random.nextInt(100) < 33;
            String charset = switch (random.nextInt(4)) {
                case 0 -> "ISO-8859-1";
                case 1 -> "windows-1252";
                default -> "UTF-8";
            };
            StringBuilder raw = new StringBuilder()
                    .append("From: Customer <").append(customer).append(">\r\n")
                    .append("To: AutoCRM Support <").append(SUPPORT).append(">\r\n")
                    .append("Subject: ").append(subject).append("\r\n")
                    .append("Message-ID: <").append(messageId).append(">\r\n")
                    .append("Date: Mon, 7 Dec 2026 10:00:00 +0000\r\n");
            if (inReplyTo != null) {
                raw.append("In-Reply-To: <").append(inReplyTo).append(">\r\n")
                        .append("References: ").append(references).append(" <").append(inReplyTo).append(">\r\n");
            }
            raw.append("MIME-Version: 1.0\r\n");
            String text = "Hello, this is mail " + i + ". The invoice total looks wrong, grüße and merci.\r\n"
                    + (reply ? "\r\nOn Mon, 7 Dec 2026 at 09:00, AutoCRM Support <" + SUPPORT + "> wrote:\r\n"
                    + "> Earlier text of the conversation\r\n> quoted by the client\r\n" : "");
            String body = html
                    ? "Content-Type: multipart/alternative; boundary=\"alt" + i + "\"\r\n\r\n--alt" + i + "\r\n"
                    + "Content-Type: text/plain; charset=" + charset + "\r\nContent-Transfer-Encoding: quoted-printable"
                    + "\r\n\r\n" + qp(text) + "\r\n--alt" + i + "\r\nContent-Type: text/html; charset=UTF-8\r\n"
                    + "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(("<p>"
                    + text.replace("\r\n", "<br>") + "</p>").getBytes(StandardCharsets.UTF_8)) + "\r\n--alt" + i
                    + "--\r\n"
                    : "Content-Type: text/plain; charset=" + charset + "\r\nContent-Transfer-Encoding: "
                    + "quoted-printable\r\n\r\n" + qp(text) + "\r\n";
            if (withAttachment) {
                // Bytes of their own (a PDF header, then noise): each file is hashed, typed and written to the store.
                random.nextBytes(attachment);
                System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, attachment, 0, 9);
                String attachmentBase64 = Base64.getMimeEncoder().encodeToString(attachment);
                raw.append("Content-Type: multipart/mixed; boundary=\"mix").append(i).append("\"\r\n\r\n--mix")
                        .append(i).append("\r\n").append(body).append("--mix").append(i).append("\r\n")
                        .append("Content-Type: application/pdf; name=\"invoice-").append(i).append(".pdf\"\r\n")
                        .append("Content-Disposition: attachment; filename=\"invoice-").append(i).append(".pdf\"\r\n")
                        .append("Content-Transfer-Encoding: base64\r\n\r\n").append(attachmentBase64).append("\r\n--mix")
                        .append(i).append("--\r\n");
            } else {
                raw.append(body);
            }
            mails.add(new Mail(raw.toString().getBytes(StandardCharsets.ISO_8859_1), reply, withAttachment));
            String refs = (references == null ? "" : references + " ") + (inReplyTo == null ? "" : "<" + inReplyTo + ">");
            String topic = reply ? subject.substring(4) : subject;
            if (thread != null) {
                open.remove(thread);
            }
            open.add(new String[] {customer, messageId, refs.isBlank() ? "" : refs.strip(), topic});
            if (open.size() > 3_000) {
                open.remove(0);
            }
        }
        return mails;
    }

    /** Quoted-printable of text (its non-ASCII as UTF-8 bytes is fine for the bench: the decoder decodes any). */
    private static String qp(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
            int c = b & 0xff;
            if (c == '\r' || c == '\n') {
                out.append((char) c);
            } else if (c >= 33 && c <= 126 && c != '=') {
                out.append((char) c);
            } else if (c == ' ') {
                out.append(' ');
            } else {
                out.append(String.format("=%02X", c));
            }
        }
        return out.toString();
    }
}
