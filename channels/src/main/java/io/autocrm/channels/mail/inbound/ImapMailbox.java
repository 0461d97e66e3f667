package io.autocrm.channels.mail.inbound;

import io.autocrm.channels.mail.MailProperties;
import io.autocrm.channels.mail.MailServers;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads the support mailbox over IMAP: every mail in its inbox is taken in ({@link MailIngest}) and only then moved
 * out (copied, then deleted), to the processed folder (or, when quarantined, the quarantine folder). A node that stops between the two
 * leaves the mail in the inbox; read again, its record is found and it is only moved, so every mail counts once.
 * Waits for new mail with IDLE where the server offers it (renewed every {@code poll-interval}), else polls every
 * {@code poll-interval}. Several nodes may read one mailbox: a mail's record makes the second reader a no-op. A
 * dropped connection is opened again at once, a repeated failure after a growing wait (at most
 * {@code poll-interval}); what went wrong last is kept for the console.
 */
@Component
public class ImapMailbox implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImapMailbox.class);
    /** Mails taken in per round. */
    private static final int WINDOW = 100;
    private final MailServers servers;
    private final MailProperties properties;
    private final MailIngest ingest;
    private volatile Thread reader;
    private volatile boolean running;
    private volatile Store store;
    private volatile Status status = new Status(null, null, null, 0);

    /** How reading the mailbox goes: last successful read, last error and when, mails taken in since start. */
    public record Status(Instant lastRead, String lastError, Instant lastErrorAt, long taken) {
    }

    ImapMailbox(MailServers servers, MailProperties properties, MailIngest ingest) {
        this.servers = servers;
        this.properties = properties;
        this.ingest = ingest;
    }

    public Status status() {
        return status;
    }

    /** Whether a mailbox is read at all. */
    public boolean reads() {
        return properties.enabled() && servers.imap().isPresent();
    }

    @Override
    public void start() {
        if (!reads()) {
            return;
        }
        running = true;
        reader = Thread.ofPlatform().name("imap-inbox").daemon().start(this::readForever);
    }

    @Override
    public void stop() {
        running = false;
        Store open = store;
        if (open != null) {
            try {
                open.close();
            } catch (MessagingException e) {
                log.debug("Closing the mailbox", e);
            }
        }
        Thread thread = reader;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void readForever() {
        Duration interval = properties.inbox().pollInterval();
        int failures = 0;
        while (running) {
            Instant readBefore = status.lastRead();
            try {
                readUntilClosed(interval);
            } catch (MessagingException | IOException | RuntimeException | OutOfMemoryError e) {
                if (!running) {
                    return;
                }
                failures = Objects.equals(readBefore, status.lastRead()) ? failures + 1 : 1;
                Duration wait = retryAfter(failures, interval);
                status = new Status(status.lastRead(), e.getMessage(), Instant.now(), status.taken());
                log.warn("Reading the support mailbox failed; retrying in {}: {}", wait, e.toString());
                closeQuietly();
                sleep(wait);
                continue;
            } finally {
                closeQuietly();
            }
            sleep(interval);
        }
    }

    /**
     * A dropped connection is opened again at once; a failure that repeats without a read in between waits 1 s, then
     * twice as long each time, at most {@code poll-interval}.
     */
    static Duration retryAfter(int failures, Duration interval) {
        if (failures <= 1) {
            return Duration.ZERO;
        }
        Duration wait = Duration.ofSeconds(1L << Math.min(failures - 2, 16));
        return wait.compareTo(interval) > 0 ? interval : wait;
    }

    private void readUntilClosed(Duration interval) throws MessagingException, IOException {
        MailProperties.Server server = servers.imap().orElseThrow();
        Store connected = servers.imapStore();
        store = connected;
        connected.connect(server.host(), server.port() == null ? -1 : server.port(), server.username(),
                server.password());
        Folder inbox = connected.getFolder(properties.inbox().folder());
        Folder processed = ensure(connected, properties.inbox().processedFolder());
        Folder quarantine = ensure(connected, properties.inbox().quarantineFolder());
        inbox.open(Folder.READ_WRITE);
        boolean idle = connected instanceof IMAPStore imap && imap.hasCapability("IDLE");
        ScheduledExecutorService renew = idle ? Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("imap-idle-renew").daemon().factory()) : null;
        try {
            while (running && inbox.isOpen()) {
                // Mail that arrived while a window was taken in is taken in now, not after the next IDLE wakes up.
                while (running && inbox.isOpen() && takeIn(inbox, processed, quarantine) > 0
                        && inbox.getMessageCount() > 0) {
                    log.trace("More mail waiting");
                }
                status = new Status(Instant.now(), status.lastError(), status.lastErrorAt(), status.taken());
                if (idle && inbox instanceof IMAPFolder folder) {
                    ScheduledFuture<?> wake = renew.schedule(() -> noop(folder), interval.toMillis(),
                            TimeUnit.MILLISECONDS);
                    folder.idle(true);
                    wake.cancel(false);
                } else {
                    sleep(interval);
                    inbox.getMessageCount();
                }
            }
        } finally {
            if (renew != null) {
                renew.shutdownNow();
            }
        }
    }

    /**
     * Takes in a window of the inbox's mail, oldest first, and moves it out once each change is committed; answers how
     * many mails it moved out.
     */
    int takeIn(Folder inbox, Folder processed, Folder quarantine) throws MessagingException, IOException {
        int count = inbox.getMessageCount();
        if (count == 0) {
            return 0;
        }
        // A window at a time, its flags and sizes in one command: the rest waits for the next round.
        Message[] messages = inbox.getMessages(1, Math.min(count, WINDOW));
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.FLAGS);
        profile.add(FetchProfile.Item.SIZE);
        inbox.fetch(messages, profile);
        List<Message> processedNow = new ArrayList<>();
        List<Message> quarantinedNow = new ArrayList<>();
        try {
            for (Message message : messages) {
                if (!running) {
                    break;
                }
                try {
                    if (message.isExpunged() || message.isSet(Flags.Flag.DELETED)) {
                        continue;
                    }
                    MailIngest.Outcome outcome = takeIn(message);
                    ("quarantined".equals(outcome.state()) ? quarantinedNow : processedNow).add(message);
                    if (!outcome.repeated()) {
                        status = new Status(status.lastRead(), status.lastError(), status.lastErrorAt(),
                                status.taken() + 1);
                    }
                } catch (MessageRemovedException e) {
                    log.debug("A mail was taken by another reader of the mailbox meanwhile");
                }
            }
        } finally {
            // What was taken in leaves the inbox, a window at a time: COPY, then \Deleted, then EXPUNGE (not MOVE:
            // every server has these, and GreenMail's MOVE drops the connection when mail arrives meanwhile). Stopped
            // before this, the mails are read again, found by their records, and only moved; stopped between COPY
            // and EXPUNGE, a mail may be copied twice: a duplicate in the folder, never a second ticket change.
            leave(inbox, processedNow, processed);
            leave(inbox, quarantinedNow, quarantine);
            if (!processedNow.isEmpty() || !quarantinedNow.isEmpty()) {
                // The support mailbox is AutoCRM's: what is flagged \Deleted in its inbox is expunged.
                inbox.expunge();
            }
        }
        return processedNow.size() + quarantinedNow.size();
    }

    private static void leave(Folder inbox, List<Message> messages, Folder target) throws MessagingException {
        if (messages.isEmpty() || !inbox.isOpen()) {
            return;
        }
        Message[] window = messages.toArray(Message[]::new);
        inbox.copyMessages(window, target);
        inbox.setFlags(window, new Flags(Flags.Flag.DELETED), true);
    }

    /** One mail: a too large one is recorded from its header alone (and goes to quarantine whole, on the server). */
    private MailIngest.Outcome takeIn(Message message) throws MessagingException, IOException {
        int size = message.getSize();
        if (size > properties.maxSize().toBytes()) {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            var lines = ((jakarta.mail.internet.MimeMessage) message).getAllHeaderLines();
            while (lines.hasMoreElements()) {
                head.write((lines.nextElement() + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return ingest.oversized(head.toByteArray(), size, "imap");
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(size, 1024));
        message.writeTo(raw);
        return ingest.ingest(raw.toByteArray(), "imap");
    }

    private static Folder ensure(Store store, String name) throws MessagingException {
        Folder folder = store.getFolder(name);
        if (!folder.exists()) {
            folder.create(Folder.HOLDS_MESSAGES);
        }
        return folder;
    }

    /** Any command on the folder from another thread ends its IDLE: the reader then looks at the inbox again. */
    private static void noop(IMAPFolder folder) {
        try {
            folder.doCommand(protocol -> {
                protocol.simpleCommand("NOOP", null);
                return null;
            });
        } catch (MessagingException e) {
            log.debug("Renewing IDLE", e);
        }
    }

    private void closeQuietly() {
        Store open = store;
        store = null;
        if (open != null && open.isConnected()) {
            try {
                open.close();
            } catch (MessagingException e) {
                log.debug("Closing the mailbox", e);
            }
        }
    }

    private void sleep(Duration interval) {
        try {
            Thread.sleep(interval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
