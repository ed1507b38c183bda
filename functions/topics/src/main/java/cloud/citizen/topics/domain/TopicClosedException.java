package cloud.citizen.topics.domain;

import cloud.citizen.platform.problem.Refusal;

/** 409 TOPIC_CLOSED: This topic is closed to new posts. */
public final class TopicClosedException extends Refusal {
    public static final String CODE = "TOPIC_CLOSED";

    public TopicClosedException() {
        super(409, CODE, "This topic is closed to new posts.");
    }
}
