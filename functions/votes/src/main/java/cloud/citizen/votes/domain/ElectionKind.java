package cloud.citizen.votes.domain;

/** A motion (agree, disagree, abstain) or the election of committee members from candidates. */
public enum ElectionKind {
    MOTION, ELECTION;

    public String wireName() {
        return name().toLowerCase();
    }
}
