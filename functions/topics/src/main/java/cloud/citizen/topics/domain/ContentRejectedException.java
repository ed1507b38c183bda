package cloud.citizen.topics.domain;

import cloud.citizen.platform.problem.Refusal;

/** 422 CONTENT_REJECTED: The text contains words that are not allowed here. */
public final class ContentRejectedException extends Refusal {
    public static final String CODE = "CONTENT_REJECTED";

    public ContentRejectedException() {
        super(422, CODE, "The text contains words that are not allowed here.");
    }
}
