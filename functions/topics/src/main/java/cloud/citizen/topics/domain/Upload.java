package cloud.citizen.topics.domain;

import java.time.Instant;

/** An image upload a citizen asked for: the key they may PUT to, the declared type and exact size. */
public record Upload(String key, String ownerId, ImageType type, long sizeBytes, Instant expiresAt) {
}
