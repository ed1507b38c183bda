package cloud.citizen.topics.service;

import java.util.List;

import cloud.citizen.topics.domain.BadImageException;
import cloud.citizen.topics.domain.ImageType;
import cloud.citizen.topics.domain.Upload;

/**
 * Before a post may show an image: the key must be an upload its author asked for, the object must
 * be in the bucket with the declared length, and its first bytes must be of the declared format (a
 * PNG declared as JPEG is refused). That the upload is unused is checked again when the post is
 * written, as a condition.
 */
public final class ImageCheck {
    private final Uploads uploads;
    private final ImageStore images;

    public ImageCheck(Uploads uploads, ImageStore images) {
        this.uploads = uploads;
        this.images = images;
    }

    public void verify(String authorId, List<String> keys) {
        for (String key : keys) {
            Upload upload = uploads.find(key).filter(u -> u.ownerId().equals(authorId))
                    .orElseThrow(() -> new BadImageException(key, "is not one of your uploads"));
            ImageStore.StoredImage stored = images.describe(key)
                    .orElseThrow(() -> new BadImageException(key, "was never uploaded"));
            if (stored.sizeBytes() != upload.sizeBytes()) {
                throw new BadImageException(key, "does not have the declared size");
            }
            if (!upload.type().matches(images.firstBytes(key, ImageType.SIGNATURE_BYTES))) {
                throw new BadImageException(key, "is not a " + upload.type().contentType() + " file");
            }
        }
    }
}
