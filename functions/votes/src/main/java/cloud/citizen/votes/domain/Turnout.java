package cloud.citizen.votes.domain;

/** The electorate's totals and how much of it has voted; areas in hundredths of m². */
public record Turnout(long units, long unitsVoted, long owners, long ownersVoted, long areaCenti,
        long areaVotedCenti) {
}
