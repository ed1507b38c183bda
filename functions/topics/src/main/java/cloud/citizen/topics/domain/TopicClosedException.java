package cloud.citizen.topics.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** 409 TOPIC_CLOSED: This topic is closed to new posts. */
@ErrorDoc(status = 409, code = "TOPIC_CLOSED", meaning = "The topic is closed to new posts", hint = "Show the topic as closed.")
public final class TopicClosedException extends Refusal {
    public static final String CODE = "TOPIC_CLOSED";

    public TopicClosedException() {
        super(409, CODE, "This topic is closed to new posts.");
    }
}
