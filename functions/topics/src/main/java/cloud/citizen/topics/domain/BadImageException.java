package cloud.citizen.topics.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** 422 BAD_IMAGE: an image key that is not the caller's upload, is missing, or holds other bytes than declared. */
@ErrorDoc(status = 422, code = "BAD_IMAGE", meaning = "An image key is not the caller's upload, is missing or has other bytes than declared", hint = "Upload the image again (POST /v1/uploads), then post.")
public final class BadImageException extends Refusal {
    public static final String CODE = "BAD_IMAGE";

    public BadImageException(String key, String why) {
        super(422, CODE, "Image " + key + " " + why + ".");
    }
}
