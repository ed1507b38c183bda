package cloud.citizen.topics.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** 404 POST_NOT_FOUND: No such post. */
@ErrorDoc(status = 404, code = "POST_NOT_FOUND", meaning = "No such post (or hidden)", hint = "Reload the topic.")
public final class PostNotFoundException extends Refusal {
    public static final String CODE = "POST_NOT_FOUND";

    public PostNotFoundException() {
        super(404, CODE, "No such post.");
    }
}
