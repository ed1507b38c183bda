package cloud.citizen.votes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AuditTrailTest {
    private static final Instant T = Instant.parse("2026-11-30T02:00:00Z");

    private static AuditTrail.Document document() {
        Election e = new Election("e-1", "c", "t", ElectionKind.MOTION, Rule.ORDINARY, List.of(), 1, T, T.plusSeconds(9),
                ElectionStatus.CLOSING, Optional.empty(), Optional.empty());
        List<Ballot> ballots = List.of(new Ballot("a", List.of("a", "b"), 18050, List.of("agree"), T.plusSeconds(2), "h1"),
                new Ballot("c", List.of("c"), 9000, List.of("disagree"), T.plusSeconds(1), "h2"));
        Turnout electorate = new Turnout(3, 0, 2, 0, 27050, 0);
        Results results = Tally.count(e, electorate, ballots, T, electorate);
        return AuditTrail.write("e-1", ballots, results);
    }

    @Test
    void anUntouchedDocument_reChecks() {
        AuditTrail.Document doc = document();
        assertThat(AuditTrail.verify("e-1", doc.csv(), doc.head())).isEqualTo(new AuditTrail.Check(true, 0));
        assertThat(doc.csv().lines().skip(1).findFirst().orElseThrow()).startsWith("ballot,1,h2,c,90.00,disagree,");
        assertThat(doc.csv()).contains("tally,3,,,180.50,agree,,1,2,1");
    }

    @Test
    void aChangedRow_isDetectedAtThatRow() {
        AuditTrail.Document doc = document();
        String tampered = doc.csv().replace(",agree,2026", ",disagree,2026");
        assertThat(AuditTrail.verify("e-1", tampered, doc.head())).isEqualTo(new AuditTrail.Check(false, 3));
    }

    @Test
    void aRemovedRow_orACutOffEnd_isDetected() {
        AuditTrail.Document doc = document();
        List<String> lines = doc.csv().lines().toList();
        String withoutFirstBallot = String.join("\n", lines.get(0), String.join("\n", lines.subList(2, lines.size())));
        assertThat(AuditTrail.verify("e-1", withoutFirstBallot, doc.head()).intact()).isFalse();
        String cut = String.join("\n", lines.subList(0, lines.size() - 1));
        assertThat(AuditTrail.verify("e-1", cut, null).intact()).isTrue();
        assertThat(AuditTrail.verify("e-1", cut, doc.head()).intact()).isFalse();
    }

    @Test
    void aDocumentOfAnotherElection_doesNotCheck() {
        AuditTrail.Document doc = document();
        assertThat(AuditTrail.verify("e-2", doc.csv(), doc.head()).intact()).isFalse();
    }
}
