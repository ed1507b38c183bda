package cloud.citizen.topics.service;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.topics.domain.ImageTooLargeException;
import cloud.citizen.topics.domain.ImageType;
import cloud.citizen.topics.domain.RealNameRequiredException;
import cloud.citizen.topics.domain.UnsupportedImageTypeException;
import cloud.citizen.topics.domain.Upload;

/** Hands a posting citizen a signed PUT for one image of a declared type and exact size. */
public final class IssueUpload {
    /** Long enough for a phone on a slow network, short enough that a leaked link soon dies. */
    public static final Duration LINK_LIFETIME = Duration.ofMinutes(15);

    public record IssuedUpload(Upload upload, String uploadUrl) {
    }

    private final Uploads uploads;
    private final ImageStore images;
    private final Clock clock;

    public IssueUpload(Uploads uploads, ImageStore images, Clock clock) {
        this.uploads = uploads;
        this.images = images;
        this.clock = clock;
    }

    public IssuedUpload issue(Caller caller, String contentType, long sizeBytes) {
        if (!caller.realNameVerified()) {
            throw new RealNameRequiredException();
        }
        ImageType type = ImageType.fromContentType(contentType).orElseThrow(UnsupportedImageTypeException::new);
        if (sizeBytes > ImageType.MAX_BYTES) {
            throw new ImageTooLargeException();
        }
        String key = "posts/" + UUID.randomUUID() + "." + type.extension();
        Upload upload = new Upload(key, caller.userId(), type, sizeBytes, clock.instant().plus(LINK_LIFETIME));
        uploads.record(upload);
        return new IssuedUpload(upload, images.uploadLink(upload));
    }
}
