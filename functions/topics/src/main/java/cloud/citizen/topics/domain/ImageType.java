package cloud.citizen.topics.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats a post may carry, each with the first bytes every file of that format starts
 * with: the declared content type of an upload is believed only when the bytes agree.
 */
public enum ImageType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp");

    /** Enough of a file's start to recognise any of the formats above. */
    public static final int SIGNATURE_BYTES = 12;
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final String contentType;
    private final String extension;

    ImageType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ImageType> fromContentType(String contentType) {
        return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst();
    }

    /** Whether a file starting with {@code head} is of this format. */
    public boolean matches(byte[] head) {
        return switch (this) {
            case JPEG -> startsWith(head, 0, 0xFF, 0xD8, 0xFF);
            case PNG -> startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case WEBP -> startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P');
        };
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
