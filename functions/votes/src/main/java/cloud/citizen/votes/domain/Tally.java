package cloud.citizen.votes.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the ballots of a closed election and applies art. 278. Motions pass when {@code agree}
 * carries the rule. Elections rank the candidates that carry the ordinary rule by owners, then
 * area; they fill {@code seats}; when the last seat's candidate and the next share both numbers,
 * the tie is reported and every candidate with those numbers is left out (not broken silently).
 * Without quorum nothing passes and nobody is elected.
 */
public final class Tally {
    private Tally() {
    }

    public static Results count(Election election, Turnout electorate, Collection<Ballot> ballots, Instant closedAt,
            Turnout liveCounters) {
        Map<String, ChoiceCount> counts = new LinkedHashMap<>();
        election.options().forEach(option -> counts.put(option, new ChoiceCount(option, 0, 0, 0, 0)));
        long unitsVoted = 0;
        long areaVoted = 0;
        for (Ballot ballot : ballots) {
            unitsVoted += ballot.unitIds().size();
            areaVoted += ballot.areaCenti();
            ballot.choices().forEach(choice -> counts.computeIfPresent(choice, (key, count) -> count.add(ballot)));
        }
        Turnout participation = new Turnout(electorate.units(), unitsVoted, electorate.owners(), ballots.size(),
                electorate.areaCenti(), areaVoted);
        boolean quorum = Art278.quorumMet(participation);
        List<ChoiceCount> choices = List.copyOf(counts.values());
        boolean agree = false;
        List<String> elected = List.of();
        boolean tie = false;
        if (election.kind() == ElectionKind.MOTION) {
            ChoiceCount yes = counts.get("agree");
            agree = quorum && Art278.carries(election.rule(), yes.areaCenti(), yes.owners(), participation);
        } else if (quorum) {
            Seats seats = fill(election.seats(), choices, participation);
            elected = seats.elected();
            tie = seats.tieAtLastSeat();
            agree = !elected.isEmpty();
        }
        return new Results(election.electionId(), election.kind(), election.rule(), closedAt, participation, quorum,
                choices, agree, elected, tie, participation.equals(liveCounters), null);
    }

    record Seats(List<String> elected, boolean tieAtLastSeat) {
    }

    static Seats fill(int seats, List<ChoiceCount> candidates, Turnout participation) {
        List<ChoiceCount> ranked = new ArrayList<>(candidates.stream()
                .filter(c -> Art278.carries(Rule.ORDINARY, c.areaCenti(), c.owners(), participation)).toList());
        ranked.sort(Comparator.comparingLong(ChoiceCount::owners).thenComparingLong(ChoiceCount::areaCenti).reversed());
        if (ranked.size() <= seats) {
            return new Seats(ranked.stream().map(ChoiceCount::choice).toList(), false);
        }
        ChoiceCount last = ranked.get(seats - 1);
        ChoiceCount next = ranked.get(seats);
        if (!sameNumbers(last, next)) {
            return new Seats(ranked.subList(0, seats).stream().map(ChoiceCount::choice).toList(), false);
        }
        List<String> elected = ranked.subList(0, seats).stream().filter(c -> !sameNumbers(c, last))
                .map(ChoiceCount::choice).toList();
        return new Seats(elected, true);
    }

    private static boolean sameNumbers(ChoiceCount a, ChoiceCount b) {
        return a.owners() == b.owners() && a.areaCenti() == b.areaCenti();
    }
}
