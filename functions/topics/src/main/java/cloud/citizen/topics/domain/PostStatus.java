package cloud.citizen.topics.domain;

/**
 * Where a post stands. Only published posts are shown to everyone; pending and hidden ones only to
 * their author and the topic's moderators.
 */
public enum PostStatus {
    PUBLISHED, PENDING_REVIEW, HIDDEN;

    public String wireName() {
        return name().toLowerCase();
    }

    public static PostStatus fromWire(String name) {
        return valueOf(name.toUpperCase());
    }
}
