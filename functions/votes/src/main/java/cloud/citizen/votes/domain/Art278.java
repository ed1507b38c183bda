package cloud.citizen.votes.domain;

/**
 * PRC Civil Code art. 278, in integers: participation needs at least 2/3 of the exclusive area AND
 * at least 2/3 of the owners; an ordinary matter passes with more than 1/2 of the participating
 * area AND of the participating owners; a major matter needs at least 3/4 of both. Each fraction
 * is compared by cross-multiplication (3·voted ≥ 2·total), never by division.
 */
public final class Art278 {
    private Art278() {
    }

    public static boolean quorumMet(Turnout turnout) {
        return 3 * turnout.areaVotedCenti() >= 2 * turnout.areaCenti()
                && 3 * turnout.ownersVoted() >= 2 * turnout.owners();
    }

    /** Whether {@code areaCenti} and {@code owners} in favour carry the matter among those who voted. */
    public static boolean carries(Rule rule, long areaCenti, long owners, Turnout turnout) {
        return switch (rule) {
            case ORDINARY -> 2 * areaCenti > turnout.areaVotedCenti() && 2 * owners > turnout.ownersVoted();
            case MAJOR -> 4 * areaCenti >= 3 * turnout.areaVotedCenti() && 4 * owners >= 3 * turnout.ownersVoted();
        };
    }
}
