package cloud.citizen.topics.domain;

/** Whether citizens may still post under a topic; staff open and close it. */
public enum TopicStatus {
    OPEN, CLOSED
}
