package cloud.citizen.votes.domain;

/** How many ballots chose an option or candidate, and the units, owners (headcount) and area behind them. */
public record ChoiceCount(String choice, long ballots, long units, long owners, long areaCenti) {

    ChoiceCount add(Ballot ballot) {
        return new ChoiceCount(choice, ballots + 1, units + ballot.unitIds().size(), owners + 1,
                areaCenti + ballot.areaCenti());
    }
}
