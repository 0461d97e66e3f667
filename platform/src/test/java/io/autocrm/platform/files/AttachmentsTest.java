package io.autocrm.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autocrm.events.common.AttachmentId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.ticket.AttachmentRef;
import io.autocrm.testsupport.TestPostgres;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The attachment store on PostgreSQL with the real migrations, over both blob stores (a folder, and a bucket of a
 * real S3-compatible server): upload, claim, read, erase and sweep keep the database and the bytes in step.
 */
class AttachmentsTest {

    @TempDir
    static Path temp;
    static S3Server s3;
    static DataSource dataSource;
    static JdbcClient jdbc;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(temp.resolve("s3"));
        s3 = new S3Server(temp.resolve("s3"));
        s3.client().createBucket(b -> b.bucket("attachments"));
        dataSource = TestPostgres.freshMigratedDataSource();
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterAll
    static void stop() throws Exception {
        s3.close();
    }

    record Store(String name, BlobStore blobs) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Store> stores() throws Exception {
        return Stream.of(new Store("folder", new LocalBlobStore(temp.resolve("folder"))),
                new Store("s3", new S3BlobStore(s3.client(), "attachments", "autocrm/", "bucket attachments")));
    }

    private static Attachments attachments(BlobStore blobs) {
        return new Attachments(jdbc, blobs, FileProperties.local(temp), new DataSourceTransactionManager(dataSource));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void uploadsAreClaimedReadAndErasedWithTheirBytes(Store store) throws Exception {
        Attachments attachments = attachments(store.blobs());
        byte[] bytes = ("log line " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        StoredFile upload = attachments.upload("user:agent", "server.txt", new ByteArrayInputStream(bytes));
        assertThat(upload.pending()).isTrue();
        assertThat(upload.contentType()).isEqualTo("text/plain");
        assertThat(store.blobs().exists(upload.sha256())).isTrue();

        assertThatThrownBy(() -> attachments.claim(List.of(upload.id()), "user:someone-else", UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID())).isInstanceOf(DomainException.class)
                .hasMessageContaining(upload.id().toString());
        UUID ticket = UUID.randomUUID();
        UUID message = UUID.randomUUID();
        UUID subject = UUID.randomUUID();
        List<AttachmentRef> refs = attachments.claim(List.of(upload.id()), "user:agent", ticket, message, subject);
        assertThat(refs).containsExactly(upload.ref());
        StoredFile claimed = attachments.ofMessages(java.util.Set.of(message)).get(message).getFirst();
        assertThat(claimed.pending()).isFalse();
        try (InputStream in = attachments.open(claimed)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }

        attachments.eraseSubject(subject);
        assertThat(attachments.find(upload.id())).isEmpty();
        assertThat(store.blobs().exists(upload.sha256())).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM files.blob WHERE sha256 = ?").param(upload.sha256())
                .query(Long.class).single()).isZero();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aFileKeptInAFailedTransactionLeavesBytesOnlyTheSweeperFindsAndDeletes(Store store) throws Exception {
        Attachments attachments = attachments(store.blobs());
        byte[] bytes = ("rolled back " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        AttachmentId id = AttachmentId.random();
        String[] hash = new String[1];
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            hash[0] = attachments.keep(id, "customer:x", "photo.bin", new ByteArrayInputStream(bytes), true).sha256();
            throw new IllegalStateException("the mail's command failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(attachments.find(id)).isEmpty();
        assertThat(store.blobs().exists(hash[0])).as("stored before the rollback").isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM files.blob WHERE sha256 = ?").param(hash[0]).query(Long.class)
                .single()).as("the row that leads the sweeper to the bytes survived the rollback").isEqualTo(1);

        jdbc.sql("UPDATE files.blob SET used_at = now() - interval '2 hours' WHERE sha256 = ?").param(hash[0]).update();
        attachments.sweep();
        assertThat(store.blobs().exists(hash[0])).isFalse();
    }

    @Test
    void theSameImageTwiceInOneTransactionDoesNotWaitForItself() throws Exception {
        Attachments attachments = attachments(stores().findFirst().orElseThrow().blobs());
        byte[] logo = ("logo " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        List<StoredFile> kept = transaction.execute(status -> List.of(
                attachments.keep(AttachmentId.random(), "customer:y", "logo.png", new ByteArrayInputStream(logo), true),
                attachments.keep(AttachmentId.random(), "customer:y", "logo.png", new ByteArrayInputStream(logo), true)));
        assertThat(kept).extracting(StoredFile::sha256).containsOnly(kept.getFirst().sha256());
    }

    @Test
    void signedLinksExpireAndNameOneFileOnly() {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        SignedLinks links = new SignedLinks(jdbc, Duration.ofMinutes(15), Clock.fixed(now, ZoneOffset.UTC));
        AttachmentId id = AttachmentId.random();
        String link = links.link(id, "Rechnung März.pdf");
        assertThat(link).startsWith("/api/v1/files/" + id + "/Rechnung_M%C3%A4rz.pdf?expires=");
        assertThat(SignedLinks.pathName("100% done; really.png")).isEqualTo("100__done__really.png");
        long expires = Long.parseLong(link.replaceAll(".*expires=(\\d+).*", "$1"));
        String signature = link.replaceAll(".*signature=", "");
        assertThat(links.valid(id, Long.MAX_VALUE, signature)).as("an absurd expiry is refused, not a 500").isFalse();
        assertThat(expires - now.getEpochSecond()).isBetween(15 * 60L, 30 * 60L);
        assertThat(links.valid(id, expires, signature)).isTrue();
        assertThat(links.valid(AttachmentId.random(), expires, signature)).isFalse();
        assertThat(links.valid(id, expires + 1, signature)).isFalse();
        assertThat(new SignedLinks(jdbc, Duration.ofMinutes(15), Clock.fixed(now.plusSeconds(31 * 60),
                ZoneOffset.UTC)).valid(id, expires, signature)).isFalse();
        assertThat(links.link(id, "x")).as("the same link within a period")
                .isEqualTo(new SignedLinks(jdbc, Duration.ofMinutes(15), Clock.fixed(now.plusSeconds(60),
                        ZoneOffset.UTC)).link(id, "x"));
    }
}
