package cloud.citizen.votes.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.number;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.votes.domain.ChoiceCount;
import cloud.citizen.votes.domain.ElectionKind;
import cloud.citizen.votes.domain.Results;
import cloud.citizen.votes.domain.Rule;
import cloud.citizen.votes.domain.Turnout;

/** The results of a closed election, kept as a map attribute of its item. */
final class ResultItems {
    private ResultItems() {
    }

    static AttributeValue attribute(Results r) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("electionId", s(r.electionId()));
        m.put("kind", s(r.kind().name()));
        m.put("rule", s(r.rule().name()));
        m.put("closedAt", n(r.closedAt().toEpochMilli()));
        Turnout p = r.participation();
        m.put("units", n(p.units()));
        m.put("unitsVoted", n(p.unitsVoted()));
        m.put("owners", n(p.owners()));
        m.put("ownersVoted", n(p.ownersVoted()));
        m.put("areaCenti", n(p.areaCenti()));
        m.put("areaVotedCenti", n(p.areaVotedCenti()));
        m.put("quorumMet", AttributeValue.fromBool(r.quorumMet()));
        m.put("choices", AttributeValue.fromL(r.choices().stream().map(c -> AttributeValue.fromM(Map.of(
                "choice", s(c.choice()), "ballots", n(c.ballots()), "units", n(c.units()), "owners", n(c.owners()),
                "areaCenti", n(c.areaCenti())))).toList()));
        m.put("passed", AttributeValue.fromBool(r.passed()));
        m.put("elected", AttributeValue.fromL(r.elected().stream().map(id -> s(id)).toList()));
        m.put("tieAtLastSeat", AttributeValue.fromBool(r.tieAtLastSeat()));
        m.put("countersAgree", AttributeValue.fromBool(r.countersAgree()));
        m.put("auditChainHead", s(r.auditChainHead()));
        return AttributeValue.fromM(m);
    }

    static Results results(AttributeValue attribute) {
        Map<String, AttributeValue> m = attribute.m();
        List<ChoiceCount> choices = m.get("choices").l().stream().map(AttributeValue::m).map(c -> new ChoiceCount(
                text(c, "choice"), number(c, "ballots"), number(c, "units"), number(c, "owners"), number(c, "areaCenti")))
                .toList();
        Turnout participation = new Turnout(number(m, "units"), number(m, "unitsVoted"), number(m, "owners"),
                number(m, "ownersVoted"), number(m, "areaCenti"), number(m, "areaVotedCenti"));
        return new Results(text(m, "electionId"), ElectionKind.valueOf(text(m, "kind")), Rule.valueOf(text(m, "rule")),
                Instant.ofEpochMilli(number(m, "closedAt")), participation, m.get("quorumMet").bool(), choices,
                m.get("passed").bool(), m.get("elected").l().stream().map(AttributeValue::s).toList(),
                m.get("tieAtLastSeat").bool(), m.get("countersAgree").bool(), text(m, "auditChainHead"));
    }
}
