package cloud.citizen.votes.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A ballot is valid by construction: known options only, no duplicates, 1..maxChoices of them. */
public final class BallotRules {
    private BallotRules() {
    }

    /** @throws InvalidBallotException naming the first problem */
    public static void check(Election election, List<String> choices) {
        if (choices.isEmpty() || choices.size() > election.maxChoices()) {
            throw new InvalidBallotException("Choose 1 to " + election.maxChoices() + " option(s).");
        }
        Set<String> options = Set.copyOf(election.options());
        Set<String> seen = new HashSet<>();
        for (String choice : choices) {
            if (!options.contains(choice)) {
                throw new InvalidBallotException("Unknown choice: " + choice + ".");
            }
            if (!seen.add(choice)) {
                throw new InvalidBallotException("A choice appears twice: " + choice + ".");
            }
        }
    }
}
