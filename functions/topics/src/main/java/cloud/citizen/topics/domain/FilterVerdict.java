package cloud.citizen.topics.domain;

/** What the sensitive-word filter says about a text, from harmless to refused. */
public enum FilterVerdict {
    CLEAN, REVIEW, BANNED;

    /** The status a post or comment with this verdict starts in. */
    public PostStatus initialStatus() {
        if (this == BANNED) {
            throw new ContentRejectedException();
        }
        return this == REVIEW ? PostStatus.PENDING_REVIEW : PostStatus.PUBLISHED;
    }
}
