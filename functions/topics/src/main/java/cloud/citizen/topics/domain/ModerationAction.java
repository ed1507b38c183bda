package cloud.citizen.topics.domain;

/** What a moderator can do to a post. */
public enum ModerationAction {
    HIDE, RESTORE, ADOPT
}
