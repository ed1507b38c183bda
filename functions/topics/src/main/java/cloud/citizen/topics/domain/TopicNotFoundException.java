package cloud.citizen.topics.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** 404 TOPIC_NOT_FOUND: No such topic. */
@ErrorDoc(status = 404, code = "TOPIC_NOT_FOUND", meaning = "No such topic", hint = "Reload the topic list.")
public final class TopicNotFoundException extends Refusal {
    public static final String CODE = "TOPIC_NOT_FOUND";

    public TopicNotFoundException() {
        super(404, CODE, "No such topic.");
    }
}
