package cloud.citizen.topics.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** 422 UNSUPPORTED_IMAGE_TYPE: Images must be image/jpeg, image/png or image/webp. */
@ErrorDoc(status = 422, code = "UNSUPPORTED_IMAGE_TYPE", meaning = "Only JPEG, PNG and WebP images", hint = "Convert the image or pick another one.")
public final class UnsupportedImageTypeException extends Refusal {
    public static final String CODE = "UNSUPPORTED_IMAGE_TYPE";

    public UnsupportedImageTypeException() {
        super(422, CODE, "Images must be image/jpeg, image/png or image/webp.");
    }
}
