package cloud.citizen.topics.service;

import java.time.Instant;
import java.util.Optional;

import cloud.citizen.topics.domain.Upload;

/** The private bucket of post images, reached only through short-lived signed links. */
public interface ImageStore {

    /** What the bucket holds under a key. */
    record StoredImage(long sizeBytes, String contentType) {
    }

    /** A signed PUT for exactly this key, content type and length. */
    String uploadLink(Upload upload);

    Optional<StoredImage> describe(String key);

    /** The object's first bytes (fewer when it is shorter). */
    byte[] firstBytes(String key, int count);

    /** A signed GET that works until shortly after {@code now}. */
    String viewLink(String key, Instant now);
}
