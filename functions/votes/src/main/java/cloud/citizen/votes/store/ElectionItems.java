package cloud.citizen.votes.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.number;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.votes.domain.Candidate;
import cloud.citizen.votes.domain.Election;
import cloud.citizen.votes.domain.ElectionKind;
import cloud.citizen.votes.domain.ElectionStatus;
import cloud.citizen.votes.domain.Rule;
import cloud.citizen.votes.domain.Turnout;

/** Election items (key design in VotesTable). */
final class ElectionItems {
    private ElectionItems() {
    }

    static Map<String, AttributeValue> item(Election e) {
        Map<String, AttributeValue> item = new HashMap<>(VotesTable.election(e.electionId()));
        item.put("electionId", s(e.electionId()));
        item.put("communityId", s(e.communityId()));
        item.put("title", s(e.title()));
        item.put("kind", s(e.kind().name()));
        item.put("rule", s(e.rule().name()));
        item.put("candidates", AttributeValue.fromL(e.candidates().stream().map(c -> AttributeValue.fromM(
                Map.of("candidateId", s(c.candidateId()), "name", s(c.name())))).toList()));
        item.put("seats", n(e.seats()));
        item.put("opensAt", n(e.opensAt().toEpochMilli()));
        item.put("closesAt", n(e.closesAt().toEpochMilli()));
        item.put("status", s(e.status().name()));
        item.put("gsi1pk", s(VotesTable.OPENS));
        item.put("gsi1sk", s(VotesTable.timeKey(e.opensAt(), e.electionId())));
        item.put("gsi2pk", s("COMMUNITY#" + e.communityId()));
        item.put("gsi2sk", s(VotesTable.timeKey(e.opensAt(), e.electionId())));
        return item;
    }

    static Election election(Map<String, AttributeValue> item) {
        List<Candidate> candidates = item.get("candidates").l().stream()
                .map(c -> new Candidate(c.m().get("candidateId").s(), c.m().get("name").s())).toList();
        Optional<Turnout> electorate = item.containsKey("electorateUnits")
                ? Optional.of(new Turnout(number(item, "electorateUnits"), 0, number(item, "electorateOwners"), 0,
                        number(item, "electorateAreaCenti"), 0))
                : Optional.empty();
        Optional<Instant> closedAt = item.containsKey("closedAt")
                ? Optional.of(Instant.ofEpochMilli(number(item, "closedAt"))) : Optional.empty();
        return new Election(text(item, "electionId"), text(item, "communityId"), text(item, "title"),
                ElectionKind.valueOf(text(item, "kind")), Rule.valueOf(text(item, "rule")), candidates,
                (int) number(item, "seats"), Instant.ofEpochMilli(number(item, "opensAt")),
                Instant.ofEpochMilli(number(item, "closesAt")), ElectionStatus.valueOf(text(item, "status")),
                electorate, closedAt);
    }
}
