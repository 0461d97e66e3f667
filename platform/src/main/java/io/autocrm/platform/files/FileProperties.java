package io.autocrm.platform.files;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Attachments ({@code autocrm.files.*}, environment {@code AUTOCRM_FILES_*}; README "Attachments").
 *
 * @param storage            {@code local} (a folder, the default) or {@code s3} (an S3-compatible bucket)
 * @param dir                the local store's folder; by default {@code files} in the data directory
 * @param s3                 the bucket, when {@code storage} is {@code s3}
 * @param maxFileSize        the largest file accepted
 * @param maxMessageSize     the most bytes of files one message may carry
 * @param maxFilesPerMessage the most files on one message
 * @param linkTtl            how long a download link stays valid
 * @param pendingTtl         how long an upload waits for a message before it is deleted
 */
@ConfigurationProperties("autocrm.files")
public record FileProperties(@DefaultValue("local") String storage, Path dir, @DefaultValue S3 s3,
                             @DefaultValue("25MB") DataSize maxFileSize, @DefaultValue("50MB") DataSize maxMessageSize,
                             @DefaultValue("20") int maxFilesPerMessage, @DefaultValue("15m") Duration linkTtl,
                             @DefaultValue("24h") Duration pendingTtl) {

    /** The defaults, with the local store in {@code dir}: for tests that assemble parts of AutoCRM themselves. */
    public static FileProperties local(Path dir) {
        return new FileProperties("local", dir, new S3(null, "us-east-1", null, "", null, null, true),
                DataSize.ofMegabytes(25), DataSize.ofMegabytes(50), 20, Duration.ofMinutes(15), Duration.ofHours(24));
    }

    /**
     * An S3-compatible bucket (AWS, MinIO, Ceph, Garage, s3proxy...).
     *
     * @param endpoint  the service's address; none: AWS in {@code region}
     * @param region    the region the requests are signed for
     * @param bucket    the bucket (it must exist)
     * @param prefix    prepended to every object key
     * @param accessKey credentials; none: the AWS SDK's default chain (environment, profile, instance role)
     * @param secretKey credentials
     * @param pathStyle bucket in the path ({@code http://host/bucket/key}), as most self-hosted servers want
     */
    public record S3(URI endpoint, @DefaultValue("us-east-1") String region, String bucket,
                     @DefaultValue("") String prefix, String accessKey, String secretKey,
                     @DefaultValue("true") boolean pathStyle) {
    }
}
