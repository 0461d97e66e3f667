package io.autocrm.platform.files;

import io.autocrm.platform.database.AutoCrmDataProperties;
import io.autocrm.platform.web.RequestBodyLimit;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The blob store {@code autocrm.files.storage} names, and the body limits of the paths that take files. */
@Configuration(proxyBeanMethods = false)
class BlobStoreConfiguration {

    /** Room for a multipart body's part headers and a message's JSON beside the files. */
    private static final DataSize ENVELOPE = DataSize.ofMegabytes(1);

    /**
     * The servlet container's own multipart limits: a file a little over the per-file limit still reaches AutoCRM
     * (which names it in a clear 413), and no multipart body, however it is sent (chunked bodies pass the body limit
     * filter's count), spools more than a message's files to disk.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(FileProperties files) {
        return new MultipartConfigElement(null, files.maxFileSize().toBytes() + ENVELOPE.toBytes(),
                files.maxMessageSize().toBytes() + ENVELOPE.toBytes(), 256 * 1024);
    }

    @Bean
    RequestBodyLimit uploadBodyLimit(FileProperties files) {
        return new RequestBodyLimit("POST", "/api/v1/uploads", false,
                DataSize.ofBytes(files.maxFileSize().toBytes() + ENVELOPE.toBytes()));
    }

    @Bean
    RequestBodyLimit messageWithFilesBodyLimit(FileProperties files) {
        return new RequestBodyLimit("POST", "/api/v1/tickets/*/messages", true,
                DataSize.ofBytes(files.maxMessageSize().toBytes() + ENVELOPE.toBytes()));
    }

    @Bean
    BlobStore blobStore(FileProperties files, AutoCrmDataProperties data) throws IOException {
        return switch (files.storage().toLowerCase(Locale.ROOT)) {
            case "local" -> new LocalBlobStore(files.dir() != null && !files.dir().toString().isEmpty() ? files.dir()
                    : data.dataDir().resolve("files"));
            case "s3" -> s3(files.s3());
            default -> throw new IllegalStateException(
                    "autocrm.files.storage is 'local' or 's3', not '" + files.storage() + "'.");
        };
    }

    private static BlobStore s3(FileProperties.S3 s3) {
        if (!StringUtils.hasText(s3.bucket())) {
            throw new IllegalStateException("autocrm.files.storage is s3 but autocrm.files.s3.bucket is not set.");
        }
        S3ClientBuilder builder = S3Client.builder().httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(s3.region())).forcePathStyle(s3.pathStyle());
        boolean endpoint = s3.endpoint() != null && !s3.endpoint().toString().isEmpty();
        if (endpoint) {
            builder.endpointOverride(s3.endpoint());
        }
        builder.credentialsProvider(StringUtils.hasText(s3.accessKey())
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()))
                : DefaultCredentialsProvider.builder().build());
        String where = "bucket " + s3.bucket() + (!endpoint ? " (AWS " + s3.region() + ")"
                : " at " + s3.endpoint());
        return new S3BlobStore(builder.build(), s3.bucket(), s3.prefix(), where);
    }
}
