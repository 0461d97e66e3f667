package io.autocrm.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Both blob stores keep the same promises: the local folder and an S3 bucket on a real S3-compatible server. */
class BlobStoreTest {

    @TempDir
    static Path temp;
    static S3Server s3;

    @BeforeAll
    static void startS3() throws Exception {
        Files.createDirectories(temp.resolve("s3"));
        s3 = new S3Server(temp.resolve("s3"));
        s3.client().createBucket(b -> b.bucket("files"));
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    static Stream<BlobStore> stores() throws Exception {
        return Stream.of(new LocalBlobStore(temp.resolve("local")),
                new S3BlobStore(s3.client(), "files", "attachments/", "test bucket"));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void storesReadsAndDeletesBytesByTheirHash(BlobStore store) throws Exception {
        byte[] bytes = new byte[3 * 1024 * 1024 + 7];
        new Random(42).nextBytes(bytes);
        String hash = HexFormat.of().formatHex(Attachments.sha256().digest(bytes));
        Path file = Files.write(temp.resolve("upload-" + System.nanoTime()), bytes);

        assertThat(store.exists(hash)).isFalse();
        store.put(hash, file, bytes.length);
        store.put(hash, file, bytes.length);
        assertThat(store.exists(hash)).isTrue();
        try (InputStream in = store.open(hash)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        store.delete(hash);
        store.delete(hash);
        assertThat(store.exists(hash)).isFalse();
        assertThatThrownBy(() -> store.open(hash).close()).isInstanceOf(BlobMissing.class);
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theS3ServerChecksSignatures() throws Exception {
        try (var wrong = software.amazon.awssdk.services.s3.S3Client.builder()
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .region(software.amazon.awssdk.regions.Region.US_EAST_1).endpointOverride(s3.endpoint())
                .forcePathStyle(true).credentialsProvider(
                        software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                                software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(
                                        S3Server.ACCESS_KEY, "not-the-secret"))).build()) {
            assertThatThrownBy(() -> wrong.listObjectsV2(b -> b.bucket("files"))).isInstanceOf(S3Exception.class)
                    .satisfies(e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(403));
        }
    }
}
