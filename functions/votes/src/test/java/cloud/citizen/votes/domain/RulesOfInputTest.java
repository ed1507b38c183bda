package cloud.citizen.votes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RulesOfInputTest {
    private static final Instant T = Instant.parse("2026-11-30T02:00:00Z");

    @Test
    void ballots_mustNameKnownDistinctOptions_withinTheSeats() {
        Election election = new Election("e", "c", "t", ElectionKind.ELECTION, Rule.ORDINARY,
                List.of(new Candidate("a", "A"), new Candidate("b", "B"), new Candidate("c", "C")), 2, T, T, ElectionStatus.OPEN,
                Optional.empty(), Optional.empty());
        BallotRules.check(election, List.of("a", "c"));
        for (List<String> bad : List.of(List.<String>of(), List.of("a", "a"), List.of("a", "b", "c"), List.of("z"))) {
            assertThatThrownBy(() -> BallotRules.check(election, bad)).isInstanceOf(InvalidBallotException.class);
        }
        Election motion = new Election("m", "c", "t", ElectionKind.MOTION, Rule.MAJOR, List.of(), 1, T, T,
                ElectionStatus.OPEN, Optional.empty(), Optional.empty());
        BallotRules.check(motion, List.of("abstain"));
        assertThatThrownBy(() -> BallotRules.check(motion, List.of("agree", "disagree"))).isInstanceOf(InvalidBallotException.class);
        assertThatThrownBy(() -> BallotRules.check(motion, List.of("yes"))).isInstanceOf(InvalidBallotException.class);
    }

    @Test
    void rosterRows_reportEveryBadRowOnce_withAllItsProblems() {
        List<UnitRow> rows = List.of(new UnitRow("a", "1", "101", new BigDecimal("89.50"), false),
                new UnitRow("a", " ", "102", new BigDecimal("-1"), false),
                new UnitRow("b", "1", "103", new BigDecimal("1000000.01"), true));
        assertThatThrownBy(() -> RosterRows.check("c", rows)).isInstanceOfSatisfying(RowsRejectedException.class, e -> {
            assertThat(e.errors()).extracting(RowError::field).containsExactly("[1]", "[2]");
            assertThat(e.errors().get(0).message()).contains("building", "areaM2", "duplicates row 0");
        });
        assertThat(RosterRows.check("c", rows.subList(0, 1)).get(0).areaCenti()).isEqualTo(8950);
    }
}
