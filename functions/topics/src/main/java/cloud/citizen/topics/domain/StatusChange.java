package cloud.citizen.topics.domain;

/**
 * What a moderation action does to a post: its new status and how the topic's published-post count
 * moves. Applying an action twice changes nothing the second time (hide a hidden post: no change).
 */
public record StatusChange(PostStatus from, PostStatus to, int publishedDelta) {

    public static StatusChange of(PostStatus current, ModerationAction action) {
        PostStatus next = switch (action) {
            case HIDE -> PostStatus.HIDDEN;
            case RESTORE -> PostStatus.PUBLISHED;
            case ADOPT -> current; // adopting says "useful", it does not publish or hide
        };
        return new StatusChange(current, next, delta(current, next));
    }

    /** The automatic hide after enough distinct reports. */
    public static StatusChange hiddenByReports() {
        return new StatusChange(PostStatus.PUBLISHED, PostStatus.HIDDEN, -1);
    }

    public boolean changes() {
        return from != to;
    }

    private static int delta(PostStatus from, PostStatus to) {
        return (to == PostStatus.PUBLISHED ? 1 : 0) - (from == PostStatus.PUBLISHED ? 1 : 0);
    }
}
