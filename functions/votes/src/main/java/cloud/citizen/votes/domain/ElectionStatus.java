package cloud.citizen.votes.domain;

/** SCHEDULED until opensAt; OPEN takes ballots; CLOSING counts (ballots no longer accepted); CLOSED has results. */
public enum ElectionStatus {
    SCHEDULED, OPEN, CLOSING, CLOSED;

    public String wireName() {
        return name().toLowerCase();
    }
}
