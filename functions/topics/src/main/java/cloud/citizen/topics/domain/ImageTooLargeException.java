package cloud.citizen.topics.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** 422 IMAGE_TOO_LARGE: Images may be at most 10 MiB (10485760 bytes). */
@ErrorDoc(status = 422, code = "IMAGE_TOO_LARGE", meaning = "The image is over 10 MiB", hint = "Shrink the image before uploading.")
public final class ImageTooLargeException extends Refusal {
    public static final String CODE = "IMAGE_TOO_LARGE";

    public ImageTooLargeException() {
        super(422, CODE, "Images may be at most 10 MiB (10485760 bytes).");
    }
}
