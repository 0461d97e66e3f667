package io.autocrm.platform.files;

import io.autocrm.events.common.AttachmentId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.ticket.AttachmentRef;
import io.autocrm.platform.web.DataSizes;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.tika.Tika;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attachments: files uploaded ahead of their message (pending), claimed by a message in the command's transaction,
 * read back for downloads, and erased with their data subject (docs/adr/018).
 * <p>
 * Bytes are stored once per SHA-256 in the {@link BlobStore}. Storing follows one order, so that no bytes are ever
 * without a row that leads the sweeper to them: the blob's row is committed first (its own transaction), then, under
 * that row's lock, the bytes are written (unless already there) and the attachment row inserted. The sweeper deletes a
 * blob only under the same lock and only when no attachment refers to it, the bytes before the row.
 */
@Service
public class Attachments {

    private static final Logger log = LoggerFactory.getLogger(Attachments.class);
    private static final Tika TIKA = new Tika();
    private static final String COLUMNS = """
            id, name, size, content_type, sha256, inline, uploaded_by, expires_at, ticket_id, message_id""";
    private static final java.time.Duration ORPHAN_GRACE = java.time.Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final BlobStore blobs;
    private final FileProperties properties;
    private final TransactionTemplate newTransaction;

    public Attachments(JdbcClient jdbc, BlobStore blobs, FileProperties properties,
                       PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.blobs = blobs;
        this.properties = properties;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public FileProperties limits() {
        return properties;
    }

    /**
     * Stores an upload as pending, for {@code uploadedBy} to attach to a message within {@code pendingTtl}.
     *
     * @throws DomainException PAYLOAD_TOO_LARGE over the per-file limit
     */
    public StoredFile upload(String uploadedBy, String name, InputStream content) {
        return store(AttachmentId.random(), uploadedBy, name, content, false, true);
    }

    /**
     * Stores a file with a known id (a mail's part, whose id follows from the mail) in the caller's transaction, pending
     * for {@code uploadedBy}; storing the same id again answers the stored one.
     */
    public StoredFile keep(AttachmentId id, String uploadedBy, String name, InputStream content, boolean inline) {
        Optional<StoredFile> existing = find(id);
        if (existing.isPresent()) {
            return existing.get();
        }
        return store(id, uploadedBy, name, content, inline, false);
    }

    /**
     * Puts pending uploads on a message, in the command's transaction (a refused command leaves them pending).
     * Answers their references in the order given.
     *
     * @throws DomainException UNKNOWN_ATTACHMENT when one is not a pending upload of {@code claimant} (another's,
     *                         expired, or already on a message); PAYLOAD_TOO_LARGE or VALIDATION_FAILED over the
     *                         message's limits
     */
    public List<AttachmentRef> claim(List<AttachmentId> ids, String claimant, UUID ticketId, UUID messageId,
                                     UUID subjectId) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<UUID> distinct = ids.stream().map(AttachmentId::value).distinct().toList();
        if (distinct.size() > properties.maxFilesPerMessage()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "A message carries at most "
                    + properties.maxFilesPerMessage() + " files; this one has " + distinct.size() + ".");
        }
        Map<UUID, StoredFile> claimed = new LinkedHashMap<>();
        jdbc.sql("""
                        UPDATE files.attachment SET ticket_id = :ticket, message_id = :message, subject_id = :subject,
                               expires_at = NULL
                         WHERE id = ANY(:ids) AND message_id IS NULL AND uploaded_by = :claimant
                           AND expires_at > now()
                        RETURNING""" + " " + COLUMNS)
                .param("ticket", ticketId).param("message", messageId).param("subject", subjectId)
                .param("ids", distinct.toArray(UUID[]::new)).param("claimant", claimant)
                .query(Attachments::file).list().forEach(file -> claimed.put(file.id().value(), file));
        List<UUID> missing = distinct.stream().filter(id -> !claimed.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new DomainException(ErrorCode.UNKNOWN_ATTACHMENT, "No pending upload of yours has id "
                    + String.join(", ", missing.stream().map(UUID::toString).toList())
                    + " (uploads are attached once, by whoever uploaded them, within "
                    + properties.pendingTtl().toHours() + " hours).");
        }
        long total = claimed.values().stream().mapToLong(StoredFile::size).sum();
        if (total > properties.maxMessageSize().toBytes()) {
            throw new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, "The files of one message may come to "
                    + DataSizes.readable(properties.maxMessageSize().toBytes()) + "; these come to "
                    + DataSizes.readable(total) + ".");
        }
        return distinct.stream().map(id -> claimed.get(id).ref()).toList();
    }

    public Optional<StoredFile> find(AttachmentId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM files.attachment WHERE id = ?").param(id.value())
                .query(Attachments::file).optional();
    }

    /** The files of these messages, in the order they were attached. */
    public Map<UUID, List<StoredFile>> ofMessages(Set<UUID> messageIds) {
        Map<UUID, List<StoredFile>> files = new LinkedHashMap<>();
        if (messageIds.isEmpty()) {
            return files;
        }
        jdbc.sql("SELECT " + COLUMNS + " FROM files.attachment WHERE message_id = ANY(?) ORDER BY uploaded_at, id")
                .param(messageIds.toArray(UUID[]::new)).query(Attachments::file).list()
                .forEach(file -> files.computeIfAbsent(file.messageId(), m -> new ArrayList<>()).add(file));
        return files;
    }

    /** The bytes of a stored file; the reader closes them. */
    public InputStream open(StoredFile file) throws IOException {
        return blobs.open(file.sha256());
    }

    /**
     * Erasure: deletes the files of {@code subjectId}'s tickets and their own pending uploads in the caller's
     * transaction; their bytes go once it
     * commits (unless another attachment has the same bytes).
     */
    public void eraseSubject(UUID subjectId) {
        List<String> hashes = jdbc.sql("""
                        DELETE FROM files.attachment WHERE subject_id = ? OR uploaded_by = 'customer:' || ?
                        RETURNING sha256""")
                .params(subjectId, subjectId.toString()).query(String.class).list();
        if (hashes.isEmpty()) {
            return;
        }
        Runnable sweep = () -> hashes.stream().distinct().forEach(this::deleteIfUnused);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sweep.run();
                }
            });
        } else {
            sweep.run();
        }
    }

    /**
     * Deletes uploads nobody attached in time, then bytes no attachment refers to (left by an upload that failed
     * half-way, by an erasure that could not reach the store, or by the expiry just done).
     */
    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT10M")
    public void sweep() {
        List<String> expired = newTransaction.execute(status -> jdbc.sql(
                        "DELETE FROM files.attachment WHERE expires_at < now() RETURNING sha256").query(String.class)
                .list());
        Instant before = Instant.now().minus(ORPHAN_GRACE);
        List<String> unused = jdbc.sql("""
                        SELECT b.sha256 FROM files.blob b
                         WHERE b.used_at < ? AND NOT EXISTS (SELECT 1 FROM files.attachment a WHERE a.sha256 = b.sha256)
                         LIMIT 1000""")
                .param(Timestamp.from(before)).query(String.class).list();
        expired.stream().distinct().forEach(this::deleteIfUnused);
        unused.forEach(this::deleteIfUnused);
    }

    /** Deletes a blob no attachment refers to, its bytes first, under its row's lock; false if it is in use. */
    boolean deleteIfUnused(String sha256) {
        try {
            return Boolean.TRUE.equals(newTransaction.execute(status -> {
                Optional<String> locked = jdbc.sql("""
                                SELECT sha256 FROM files.blob b WHERE sha256 = ?
                                   AND NOT EXISTS (SELECT 1 FROM files.attachment a WHERE a.sha256 = b.sha256)
                                   FOR UPDATE SKIP LOCKED""")
                        .param(sha256).query(String.class).optional();
                // Checked again under the lock: a store that committed while the statement above ran is seen now.
                if (locked.isEmpty() || jdbc.sql("SELECT EXISTS (SELECT 1 FROM files.attachment WHERE sha256 = ?)")
                        .param(sha256).query(Boolean.class).single()) {
                    return false;
                }
                try {
                    blobs.delete(sha256);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                jdbc.sql("DELETE FROM files.blob WHERE sha256 = ?").param(sha256).update();
                return true;
            }));
        } catch (RuntimeException e) {
            log.warn("Could not delete unused file {} (the sweeper tries again): {}", sha256, e.toString());
            return false;
        }
    }

    private StoredFile store(AttachmentId id, String uploadedBy, String rawName, InputStream content, boolean inline,
                             boolean ownTransaction) {
        String name = FileNames.clean(rawName);
        Path temporary = null;
        try {
            temporary = Files.createTempFile("autocrm-upload-", ".bin");
            Spooled spooled = spool(content, temporary, properties.maxFileSize().toBytes(), name);
            String contentType = detect(temporary, name);
            reserve(spooled);
            Path bytes = temporary;
            Instant expires = Instant.now().plus(properties.pendingTtl());
            Runnable keep = () -> {
                // Lock the committed row; never insert it here: an insert not yet committed would leave bytes without
                // a row if this transaction rolled back, and would make a second store of the same bytes in another
                // transaction of this thread wait for ever. Swept away meanwhile: commit it again, then lock it.
                for (int attempt = 0; jdbc.sql("UPDATE files.blob SET used_at = now() WHERE sha256 = ?")
                        .param(spooled.sha256()).update() == 0; attempt++) {
                    if (attempt == 3) {
                        throw new IllegalStateException("The row of " + spooled.sha256() + " keeps disappearing.");
                    }
                    reserve(spooled);
                }
                try {
                    if (!blobs.exists(spooled.sha256())) {
                        blobs.put(spooled.sha256(), bytes, spooled.size());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not store the file in the " + blobs.describe(), e);
                }
                jdbc.sql("""
                                INSERT INTO files.attachment (id, sha256, name, size, content_type, inline, uploaded_by,
                                                            expires_at)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(id.value(), spooled.sha256(), name, spooled.size(), contentType, inline, uploadedBy,
                                Timestamp.from(expires)).update();
            };
            if (ownTransaction) {
                newTransaction.executeWithoutResult(status -> keep.run());
            } else {
                keep.run();
            }
            return new StoredFile(id, name, spooled.size(), contentType, spooled.sha256(), inline, uploadedBy,
                    expires, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    log.debug("Could not delete {}: {}", temporary, e.toString());
                }
            }
        }
    }

    private record Spooled(String sha256, long size) {
    }

    /**
     * Commits the blob's row before its bytes are stored: a plain read first, so that it never waits for a caller's
     * transaction that holds the row already (the same image twice in one mail).
     */
    private void reserve(Spooled spooled) {
        newTransaction.executeWithoutResult(status -> {
            boolean known = jdbc.sql("SELECT count(*) FROM files.blob WHERE sha256 = ?").param(spooled.sha256())
                    .query(Long.class).single() > 0;
            if (!known) {
                jdbc.sql("INSERT INTO files.blob (sha256, size) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING")
                        .params(spooled.sha256(), spooled.size()).update();
            }
        });
    }

    private static Spooled spool(InputStream content, Path target, long limit, String name) throws IOException {
        MessageDigest digest = sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            for (int n; (n = content.read(buffer)) >= 0; ) {
                size += n;
                if (size > limit) {
                    throw new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, "'" + name + "' is larger than "
                            + DataSizes.readable(limit) + ", the largest file accepted.");
                }
                out.write(buffer, 0, n);
            }
        }
        return new Spooled(HexFormat.of().formatHex(digest.digest()), size);
    }

    private static String detect(Path file, String name) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return TIKA.detect(in, name);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StoredFile file(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp expires = rs.getTimestamp("expires_at");
        return new StoredFile(new AttachmentId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getLong("size"), rs.getString("content_type"), rs.getString("sha256"), rs.getBoolean("inline"),
                rs.getString("uploaded_by"), expires == null ? null : expires.toInstant(),
                rs.getObject("ticket_id", UUID.class), rs.getObject("message_id", UUID.class));
    }
}
