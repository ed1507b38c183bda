package cloud.citizen.bills.store;

import java.time.Duration;

import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import cloud.citizen.bills.service.ReceiptLinks;

/** Five-minute presigned GET links: the bucket stays private, a leaked link soon stops working. */
public class PresignedReceiptLinks implements ReceiptLinks {
    static final Duration VALIDITY = Duration.ofMinutes(5);

    private final S3Presigner presigner;
    private final String bucket;

    public PresignedReceiptLinks(S3Presigner presigner, String bucket) {
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public String linkTo(String receiptKey) {
        return presigner.presignGetObject(request -> request.signatureDuration(VALIDITY)
                .getObjectRequest(get -> get.bucket(bucket).key(receiptKey))).url().toString();
    }
}
