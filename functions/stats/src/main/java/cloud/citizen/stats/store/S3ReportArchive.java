package cloud.citizen.stats.store;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import cloud.citizen.stats.service.ReportArchive;

/** Daily reports in the private reports bucket; a put to the same key replaces the report. */
public final class S3ReportArchive implements ReportArchive {
    private final S3Client s3;
    private final String bucket;

    public S3ReportArchive(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void store(String key, String contentType, byte[] body) {
        s3.putObject(p -> p.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(body));
    }
}
