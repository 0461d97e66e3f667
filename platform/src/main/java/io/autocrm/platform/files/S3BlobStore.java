package io.autocrm.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Blobs as objects of an S3-compatible bucket, keyed by hash under the configured prefix. */
final class S3BlobStore implements BlobStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final String description;

    S3BlobStore(S3Client s3, String bucket, String prefix, String description) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
        this.description = description;
    }

    @Override
    public void put(String sha256, Path file, long size) throws IOException {
        try {
            s3.putObject(b -> b.bucket(bucket).key(keyOf(sha256)).contentLength(size)
                    .contentType("application/octet-stream"), RequestBody.fromFile(file));
        } catch (S3Exception e) {
            throw new IOException("Could not store " + sha256 + " in bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(keyOf(sha256)));
        } catch (NoSuchKeyException e) {
            throw new BlobMissing(sha256);
        } catch (S3Exception e) {
            throw new IOException("Could not read " + sha256 + " from bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String sha256) throws IOException {
        try {
            s3.headObject(b -> b.bucket(bucket).key(keyOf(sha256)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("Could not look up " + sha256 + " in bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String sha256) throws IOException {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(keyOf(sha256)));
        } catch (S3Exception e) {
            throw new IOException("Could not delete " + sha256 + " from bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    private String keyOf(String sha256) {
        return prefix + Hashes.requireSha256(sha256);
    }
}
