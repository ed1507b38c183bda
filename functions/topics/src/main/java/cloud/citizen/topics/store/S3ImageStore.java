package cloud.citizen.topics.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import cloud.citizen.topics.domain.Upload;
import cloud.citizen.topics.service.ImageStore;

/**
 * Post images in their private bucket. Upload links sign the content type and the exact length, so
 * S3 refuses any other body; view links live a few minutes, so a copied link soon stops working.
 */
public final class S3ImageStore implements ImageStore {
    static final Duration VIEW_LINK_LIFETIME = Duration.ofMinutes(10);

    private final Supplier<S3Client> s3;
    private final Supplier<S3Presigner> presigner;
    private final String bucket;

    /** The client and presigner are asked for when an image is first checked or linked (most requests never are). */
    public S3ImageStore(Supplier<S3Client> s3, Supplier<S3Presigner> presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public String uploadLink(Upload upload) {
        Duration lifetime = Duration.between(Instant.now(), upload.expiresAt());
        return presigner.get().presignPutObject(presign -> presign.signatureDuration(lifetime)
                .putObjectRequest(put -> put.bucket(bucket).key(upload.key())
                        .contentType(upload.type().contentType()).contentLength(upload.sizeBytes())))
                .url().toString();
    }

    @Override
    public Optional<StoredImage> describe(String key) {
        try {
            HeadObjectResponse head = s3.get().headObject(h -> h.bucket(bucket).key(key));
            return Optional.of(new StoredImage(head.contentLength(), head.contentType()));
        } catch (NoSuchKeyException absent) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public byte[] firstBytes(String key, int count) {
        ResponseBytes<GetObjectResponse> bytes = s3.get().getObjectAsBytes(get -> get.bucket(bucket).key(key)
                .range("bytes=0-" + (count - 1)));
        byte[] head = bytes.asByteArray();
        return head.length <= count ? head : Arrays.copyOf(head, count);
    }

    @Override
    public String viewLink(String key, Instant now) {
        return presigner.get().presignGetObject(presign -> presign.signatureDuration(VIEW_LINK_LIFETIME)
                .getObjectRequest(get -> get.bucket(bucket).key(key))).url().toString();
    }
}
