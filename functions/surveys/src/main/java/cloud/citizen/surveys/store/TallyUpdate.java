package cloud.citizen.surveys.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

import cloud.citizen.surveys.domain.Tally;

/**
 * The update of one tally shard for one response. Counters and sums are ADDed (atomic, exact:
 * DynamoDB numbers are decimal). Extremes cannot be ADDed: a new low is SET only when it is below
 * the shard's low as last read, under the condition that the low is still above it (or absent).
 * If another response lowered it meanwhile, the condition fails, the transaction is cancelled and
 * retried after a fresh read, which then leaves the low alone. So lows only ever go down, highs up,
 * and both are exact without reading any response.
 */
final class TallyUpdate {
    private TallyUpdate() {
    }

    static Update of(String table, Map<String, AttributeValue> key, Tally tally, Map<String, AttributeValue> current) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> adds = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, BigDecimal> counter : tally.counters().entrySet()) {
            names.put("#c" + i, counter.getKey());
            values.put(":c" + i, AttributeValue.fromN(counter.getValue().toPlainString()));
            adds.add("#c" + i + " :c" + i);
            i++;
        }
        for (Map.Entry<String, BigDecimal> low : tally.lows().entrySet()) {
            extreme("lo_" + low.getKey(), low.getValue(), current, -1, names, values, sets, conditions);
        }
        for (Map.Entry<String, BigDecimal> high : tally.highs().entrySet()) {
            extreme("hi_" + high.getKey(), high.getValue(), current, 1, names, values, sets, conditions);
        }
        String expression = "ADD " + String.join(", ", adds) + (sets.isEmpty() ? "" : " SET " + String.join(", ", sets));
        Update.Builder update = Update.builder().tableName(table).key(key).updateExpression(expression)
                .expressionAttributeNames(names).expressionAttributeValues(values);
        if (!conditions.isEmpty()) {
            update.conditionExpression(String.join(" AND ", conditions));
        }
        return update.build();
    }

    /** direction -1: keep the lowest; +1: keep the highest. Writes only a value that beats the current one. */
    private static void extreme(String attribute, BigDecimal value, Map<String, AttributeValue> current, int direction,
            Map<String, String> names, Map<String, AttributeValue> values, List<String> sets, List<String> conditions) {
        AttributeValue stored = current.get(attribute);
        if (stored != null && new BigDecimal(stored.n()).compareTo(value) * direction >= 0) {
            return;
        }
        String name = "#" + attribute.replace('_', 'x');
        String placeholder = ":" + attribute.replace('_', 'x');
        names.put(name, attribute);
        values.put(placeholder, AttributeValue.fromN(value.toPlainString()));
        sets.add(name + " = " + placeholder);
        conditions.add("(attribute_not_exists(" + name + ") OR " + name + (direction < 0 ? " > " : " < ") + placeholder + ")");
    }

    /** The extremes' attribute names a shard must be read for before an update (empty: no read needed). */
    static List<String> extremesOf(Tally tally) {
        List<String> attributes = new ArrayList<>();
        tally.lows().keySet().forEach(q -> attributes.add("lo_" + q));
        tally.highs().keySet().forEach(q -> attributes.add("hi_" + q));
        return attributes;
    }
}
