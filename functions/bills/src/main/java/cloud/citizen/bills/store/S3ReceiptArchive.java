package cloud.citizen.bills.store;

import java.nio.charset.StandardCharsets;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import cloud.citizen.bills.service.ReceiptArchive;

/** Receipts in the private receipts bucket (template.yaml: BillsReceiptsBucket), encrypted at rest by the bucket's default. */
public class S3ReceiptArchive implements ReceiptArchive {
    private final S3Client s3;
    private final String bucket;

    public S3ReceiptArchive(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void store(String key, String html) {
        s3.putObject(put -> put.bucket(bucket).key(key).contentType("text/html; charset=utf-8"),
                RequestBody.fromString(html, StandardCharsets.UTF_8));
    }
}
