package cloud.citizen.votes.domain;

/** PRC Civil Code art. 278: ordinary matters need more than half, major ones at least three quarters. */
public enum Rule {
    ORDINARY, MAJOR;

    public String wireName() {
        return name().toLowerCase();
    }
}
