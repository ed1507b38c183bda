package cloud.citizen.stats.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.stats.service.UsageCounters;

/**
 * Key design of StatsTable (string pk/sk, TTL attribute {@code ttl}). Every access is by known
 * keys (GetItem, BatchGetItem, Query on one partition); nothing scans.
 * <pre>
 * pk                         sk          what                                     written by
 * EVENT#{eventId}            EVENT       dedupe marker, ttl 8 days (> queue       consumer, conditional put in
 *                                        retention 4 days)                        the same transaction as the ADDs
 * COUNT#{yyyy-MM-dd}#{0..7}  DAY         day counters, one shard: k:{kind},       consumer (ADD)
 *                                        s:{serviceId}, amountPaidFen
 * COUNT#ALL#{0..7}           TOTAL       all-time counters, one shard, + changed  consumer (ADD), roll-up (DELETE
 *                                        days set (dirtyDays)                      of dirtyDays it took)
 * ACTIVE#{yyyy-MM-dd}#{0..7} SKETCH      HLL sketch of the day's active users     consumer (put if version matches)
 *                                        (sketch B) + version N
 * ROLLUP#DAY                 {date}      a day's figures (same counters +         roll-up, daily report
 *                                        activeUsers); Query between from..to
 * ROLLUP#MONTH               {yyyy-MM}   distinct active users of the month      roll-up
 * ROLLUP#CATALOG             SENT        usage counts last sent to the catalog    roll-up
 * </pre>
 * Shards: a batch writes the shard its first event id hashes to, so concurrent consumers spread
 * over 8 items per counter instead of queueing on one; reads sum all 8.
 */
final class StatsTable {
    static final String VERSION = "version";
    static final String SKETCH = "sketch";
    static final String DIRTY_DAYS = "dirtyDays";
    static final String ACTIVE_USERS = "activeUsers";
    static final String TTL = "ttl";

    private StatsTable() {
    }

    static Map<String, AttributeValue> eventMarker(String eventId) {
        return Attributes.key("EVENT#" + eventId, "EVENT");
    }

    static Map<String, AttributeValue> dayCounter(LocalDate day, int shard) {
        return Attributes.key("COUNT#" + day + "#" + shard, "DAY");
    }

    static Map<String, AttributeValue> totalCounter(int shard) {
        return Attributes.key("COUNT#ALL#" + shard, "TOTAL");
    }

    static Map<String, AttributeValue> sketch(LocalDate day, int shard) {
        return Attributes.key("ACTIVE#" + day + "#" + shard, "SKETCH");
    }

    /** Every shard of the all-time counters. */
    static List<Map<String, AttributeValue>> totalCounters() {
        return IntStream.range(0, UsageCounters.SHARDS).mapToObj(StatsTable::totalCounter).toList();
    }

    /** Every shard of a day's counters. */
    static List<Map<String, AttributeValue>> dayCounters(LocalDate day) {
        return IntStream.range(0, UsageCounters.SHARDS).mapToObj(shard -> dayCounter(day, shard)).toList();
    }

    /** Every shard of a day's sketch. */
    static List<Map<String, AttributeValue>> sketches(LocalDate day) {
        return IntStream.range(0, UsageCounters.SHARDS).mapToObj(shard -> sketch(day, shard)).toList();
    }

    static final String DAY_ROWS = "ROLLUP#DAY";

    static Map<String, AttributeValue> dayRow(LocalDate day) {
        return Attributes.key(DAY_ROWS, day.toString());
    }

    static Map<String, AttributeValue> monthRow(YearMonth month) {
        return Attributes.key("ROLLUP#MONTH", month.toString());
    }

    static Map<String, AttributeValue> catalogSent() {
        return Attributes.key("ROLLUP#CATALOG", "SENT");
    }
}
