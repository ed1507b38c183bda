package cloud.citizen.topics.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** 422 CONTENT_REJECTED: The text contains words that are not allowed here. */
@ErrorDoc(status = 422, code = "CONTENT_REJECTED", meaning = "The text contains words that are not allowed", hint = "Ask the user to rephrase.")
public final class ContentRejectedException extends Refusal {
    public static final String CODE = "CONTENT_REJECTED";

    public ContentRejectedException() {
        super(422, CODE, "The text contains words that are not allowed here.");
    }
}
