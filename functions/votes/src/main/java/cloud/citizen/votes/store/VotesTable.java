package cloud.citizen.votes.store;

import java.time.Instant;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.platform.aws.Attributes;

/**
 * The votes function's single table (template.yaml: VotesTable, keys pk/sk, TTL on ttl).
 * <pre>
 * pk                          sk                     what                                        access pattern
 * COMMUNITY#{c}               ROSTER                 version, openElections, leaseUntil (ms)     the roster lock: changes need
 *                                                                                                openElections = 0 and no lease
 * COMMUNITY#{c}               UNIT#{unitId}          building, number, areaCenti, developerHeld, a unit; a community's units (paged)
 *                                                    owners (string set)
 * USER#{userId}               UNIT#{c}#{unitId}      communityId, unitId, building, number,      my units (one query); "owns a unit in c"
 *                                                    areaCenti (a copy of the unit's, see
 *                                                    OwnershipItems; absent on items written
 *                                                    before 2026-11-30: read from the unit)
 * USER#{userId}               PROFILE                displayName, nameAt, verified               the user directory (accounts' events)
 * USEREVENT#{eventId}         SEEN                   ttl                                         a user event applied once
 * ELECTION#{e}                ELECTION               title, kind, rule, candidates, seats,       get an election
 *                                                    opensAt/closesAt/closedAt (ms), status,
 *                                                    electorate totals, results (map)
 *                               gsi1: OPENS / {opensAt ms, 13 digits}#{e}   while SCHEDULED       due to open (sparse)
 *                               gsi1: CLOSES / {closesAt or closedAt ms}#{e} while OPEN/CLOSING   due to close (sparse)
 *                               gsi2: COMMUNITY#{c} / {opensAt ms}#{e}                            a community's elections
 * ELECTION#{e}                UNIT#{unitId}          groupId and a copy of the group's           frozen electorate: unit -> group
 *                                                    attributes (since 2026-11-30)               (a ballot reads just this item)
 * ELECTION#{e}                GROUP#{groupId}        unitIds, areaCenti, owners, developerHeld   frozen electorate: a voting group
 * ELECTION#{e}#S{0-15}        TURNOUT                isOpen, ballots, unitsVoted, areaVotedCenti live counter shard n
 * ELECTION#{e}#S{0-15}        BALLOT#{groupId}       unitIds, areaCenti, choices, castAt,        one ballot per group; the tally
 *                                                    receiptHash                                 (query per shard)
 * RECEIPT#{receiptHash}       RECEIPT                electionId                                  receipt check
 * NOTICES#PENDING             {e}                    -                                           opening notices still to send
 * OUTBOX#{0-7}                EVENT#{eventId}        see platform Outbox
 * IDEMPOTENCY#{scope}#{key}   IDEMPOTENCY            see platform IdempotencyStore
 * </pre>
 * Hot keys: a ballot writes its group's ballot and one of 16 counter shards (chosen by group), so
 * a rush spreads over 16 partitions; each shard carries {@code isOpen}, which closing turns off in
 * the same transaction that moves the election to CLOSING: no ballot can be counted after that,
 * so the tally and the counters must agree. The roster item is written by every roster change
 * (version + 1) and checked when an election opens, so a frozen electorate is the roster's state.
 */
public final class VotesTable {
    public static final String GSI1 = "gsi1";
    public static final String GSI2 = "gsi2";
    public static final int SHARDS = 16;
    static final String OPENS = "OPENS";
    static final String CLOSES = "CLOSES";

    private VotesTable() {
    }

    static Map<String, AttributeValue> roster(String communityId) {
        return Attributes.key("COMMUNITY#" + communityId, "ROSTER");
    }

    static Map<String, AttributeValue> unit(String communityId, String unitId) {
        return Attributes.key("COMMUNITY#" + communityId, "UNIT#" + unitId);
    }

    static Map<String, AttributeValue> ownership(String userId, String communityId, String unitId) {
        return Attributes.key("USER#" + userId, "UNIT#" + communityId + "#" + unitId);
    }

    static Map<String, AttributeValue> profile(String userId) {
        return Attributes.key("USER#" + userId, "PROFILE");
    }

    static Map<String, AttributeValue> election(String electionId) {
        return Attributes.key("ELECTION#" + electionId, "ELECTION");
    }

    static Map<String, AttributeValue> frozenUnit(String electionId, String unitId) {
        return Attributes.key("ELECTION#" + electionId, "UNIT#" + unitId);
    }

    static Map<String, AttributeValue> frozenGroup(String electionId, String groupId) {
        return Attributes.key("ELECTION#" + electionId, "GROUP#" + groupId);
    }

    static String shardPk(String electionId, int shard) {
        return "ELECTION#" + electionId + "#S" + shard;
    }

    static Map<String, AttributeValue> turnout(String electionId, int shard) {
        return Attributes.key(shardPk(electionId, shard), "TURNOUT");
    }

    static Map<String, AttributeValue> ballot(String electionId, String groupId) {
        return Attributes.key(shardPk(electionId, shardOf(groupId)), "BALLOT#" + groupId);
    }

    static Map<String, AttributeValue> receipt(String receiptHash) {
        return Attributes.key("RECEIPT#" + receiptHash, "RECEIPT");
    }

    static Map<String, AttributeValue> pendingNotice(String electionId) {
        return Attributes.key("NOTICES#PENDING", electionId);
    }

    static int shardOf(String groupId) {
        return Math.floorMod(groupId.hashCode(), SHARDS);
    }

    /** Fixed-width epoch millis, so that string order is time order in the index. */
    static String timeKey(Instant time, String electionId) {
        return String.format("%013d#%s", time.toEpochMilli(), electionId);
    }
}
