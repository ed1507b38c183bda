package cloud.citizen.votes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TallyTest {
    private static final Instant T = Instant.parse("2026-11-30T02:00:00Z");
    private int seq;

    private Ballot ballot(long area, int units, String... choices) {
        List<String> unitIds = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            unitIds.add("g" + seq + "-u" + i);
        }
        return new Ballot("g" + seq++, unitIds, area, List.of(choices), T, "h" + seq);
    }

    private static Election motion(Rule rule) {
        return new Election("e", "c", "t", ElectionKind.MOTION, rule, List.of(), 1, T, T.plusSeconds(60),
                ElectionStatus.CLOSING, Optional.empty(), Optional.empty());
    }

    private static Election election(int seats, String... candidates) {
        return new Election("e", "c", "t", ElectionKind.ELECTION, Rule.ORDINARY,
                java.util.Arrays.stream(candidates).map(id -> new Candidate(id, id)).toList(), seats, T, T.plusSeconds(60),
                ElectionStatus.CLOSING, Optional.empty(), Optional.empty());
    }

    @Test
    void motion_passesWhenAgreeCarriesTheRule_andCountersAgreeWhenTheyMatch() {
        Turnout electorate = new Turnout(4, 0, 4, 0, 40000, 0);
        List<Ballot> ballots = List.of(ballot(10000, 1, "agree"), ballot(10000, 1, "agree"), ballot(10000, 1, "disagree"));
        Turnout live = new Turnout(4, 3, 4, 3, 40000, 30000);

        Results r = Tally.count(motion(Rule.ORDINARY), electorate, ballots, T, live);

        assertThat(r.quorumMet()).isTrue();
        assertThat(r.passed()).isTrue();
        assertThat(r.countersAgree()).isTrue();
        assertThat(r.choices()).extracting(ChoiceCount::choice).containsExactly("agree", "disagree", "abstain");
        assertThat(r.choices().get(2).ballots()).isZero();
        assertThat(Tally.count(motion(Rule.MAJOR), electorate, ballots, T, live).passed()).isFalse();
    }

    @Test
    void motion_withoutQuorum_neverPasses_andAMismatchWithTheCountersIsReported() {
        Turnout electorate = new Turnout(4, 0, 4, 0, 40000, 0);
        List<Ballot> ballots = List.of(ballot(10000, 1, "agree"), ballot(10000, 1, "agree"));
        Results r = Tally.count(motion(Rule.ORDINARY), electorate, ballots, T, new Turnout(4, 3, 4, 3, 40000, 30000));
        assertThat(r.quorumMet()).isFalse();
        assertThat(r.passed()).isFalse();
        assertThat(r.countersAgree()).isFalse();
    }

    @Test
    void abstentions_countAsParticipation_soAgreeMustCarryAmongAllWhoVoted() {
        Turnout electorate = new Turnout(3, 0, 3, 0, 30000, 0);
        List<Ballot> ballots = List.of(ballot(10000, 1, "agree"), ballot(10000, 1, "abstain"), ballot(10000, 1, "abstain"));
        assertThat(Tally.count(motion(Rule.ORDINARY), electorate, ballots, T, electorate).passed()).isFalse();
    }

    @Test
    void aMultiUnitGroup_addsItsAreaButCountsOnce() {
        Turnout electorate = new Turnout(4, 0, 2, 0, 40000, 0);
        Results r = Tally.count(motion(Rule.ORDINARY), electorate, List.of(ballot(30000, 3, "agree")), T, electorate);
        assertThat(r.participation().ownersVoted()).isEqualTo(1);
        assertThat(r.participation().unitsVoted()).isEqualTo(3);
        // 3/4 of the area but only 1 of 2 owners: no quorum (2/3 of owners needs 2)
        assertThat(r.quorumMet()).isFalse();
        ChoiceCount agree = r.choices().get(0);
        assertThat(agree.units()).isEqualTo(3);
        assertThat(agree.owners()).isEqualTo(1);
        assertThat(agree.areaCenti()).isEqualTo(30000);
    }

    @Test
    void election_fillsSeatsByOwnersThenArea_amongThoseWhoCarryTheOrdinaryRule() {
        Turnout electorate = new Turnout(5, 0, 5, 0, 50000, 0);
        List<Ballot> ballots = List.of(ballot(10000, 1, "a", "b"), ballot(12000, 1, "a", "b"), ballot(9000, 1, "a", "c"),
                ballot(9000, 1, "b", "c"), ballot(10000, 1, "d"));
        Results r = Tally.count(election(2, "a", "b", "c", "d"), electorate, ballots, T, electorate);
        // a: 3 owners 31000; b: 3 owners 31000... b = 10000+12000+9000 = 31000 -> a tie for both seats is fine
        assertThat(r.elected()).containsExactly("a", "b");
        assertThat(r.tieAtLastSeat()).isFalse();
    }

    @Test
    void election_tieAtTheLastSeat_isReported_andTheTiedAreLeftOut() {
        Turnout electorate = new Turnout(4, 0, 4, 0, 40000, 0);
        List<Ballot> ballots = List.of(ballot(10000, 1, "a", "b"), ballot(10000, 1, "a", "c"), ballot(10000, 1, "a", "b"),
                ballot(10000, 1, "a", "c"));
        Results r = Tally.count(election(2, "a", "b", "c"), electorate, ballots, T, electorate);
        // b and c: 2 owners 20000 each: exactly half, so neither carries; only a
        assertThat(r.elected()).containsExactly("a");

        List<Ballot> more = List.of(ballot(10000, 1, "a", "b"), ballot(10000, 1, "a", "c"), ballot(10000, 1, "b", "c"),
                ballot(10000, 1, "a", "b"), ballot(10000, 1, "c", "a"));
        Turnout five = new Turnout(5, 0, 5, 0, 50000, 0);
        Results tie = Tally.count(election(2, "a", "b", "c"), five, more, T, five);
        // a: 4 owners; b: 3; c: 3, same area: b and c tie for the second seat
        assertThat(tie.elected()).containsExactly("a");
        assertThat(tie.tieAtLastSeat()).isTrue();
    }

    @Test
    void election_ranksByOwnersBeforeArea() {
        Turnout electorate = new Turnout(5, 0, 5, 0, 100000, 0);
        List<Ballot> ballots = List.of(ballot(10000, 1, "small"), ballot(10000, 1, "small"), ballot(10000, 1, "small"),
                ballot(35000, 1, "big", "small"), ballot(35000, 1, "big"));
        Results r = Tally.count(election(1, "small", "big"), electorate, ballots, T, electorate);
        // small: 4 owners, 65000 of 100000; big: 2 owners: only small carries
        assertThat(r.elected()).containsExactly("small");
    }
}
