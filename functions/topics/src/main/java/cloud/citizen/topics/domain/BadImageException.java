package cloud.citizen.topics.domain;

import cloud.citizen.platform.problem.Refusal;

/** 422 BAD_IMAGE: an image key that is not the caller's upload, is missing, or holds other bytes than declared. */
public final class BadImageException extends Refusal {
    public static final String CODE = "BAD_IMAGE";

    public BadImageException(String key, String why) {
        super(422, CODE, "Image " + key + " " + why + ".");
    }
}
