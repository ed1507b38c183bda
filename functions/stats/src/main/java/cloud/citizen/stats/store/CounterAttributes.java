package cloud.citizen.stats.store;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.platform.usage.UsageKind;
import cloud.citizen.stats.domain.Counts;

/**
 * Counters as item attributes: {@code k:<kind>} per usage kind, {@code s:<serviceId>} per catalog
 * service, {@code amountPaidFen}. Service ids become attribute names through placeholders, so any
 * id is safe in an expression.
 */
final class CounterAttributes {
    static final String KIND = "k:";
    static final String SERVICE = "s:";
    static final String AMOUNT = "amountPaidFen";

    private CounterAttributes() {
    }

    /** The attribute → number pairs that hold these counts (zeros left out). */
    static Map<String, Long> of(Counts counts) {
        Map<String, Long> attributes = new LinkedHashMap<>();
        counts.byKind().forEach((kind, n) -> attributes.put(KIND + kind.wireName(), n));
        counts.byService().forEach((service, n) -> attributes.put(SERVICE + service, n));
        if (counts.amountPaidFen() != 0) {
            attributes.put(AMOUNT, counts.amountPaidFen());
        }
        return attributes;
    }

    static Counts read(Map<String, AttributeValue> item) {
        if (Attributes.isEmpty(item)) {
            return Counts.NONE;
        }
        Map<UsageKind, Long> kinds = new EnumMap<>(UsageKind.class);
        Map<String, Long> services = new TreeMap<>();
        item.forEach((name, value) -> {
            if (name.startsWith(KIND)) {
                kinds.put(UsageKind.fromWireName(name.substring(KIND.length())), Long.parseLong(value.n()));
            } else if (name.startsWith(SERVICE)) {
                services.put(name.substring(SERVICE.length()), Long.parseLong(value.n()));
            }
        });
        return new Counts(kinds, services, Attributes.number(item, AMOUNT));
    }

    /** The attributes to put for these counts, beside the key. */
    static Map<String, AttributeValue> values(Counts counts) {
        Map<String, AttributeValue> values = new HashMap<>();
        of(counts).forEach((name, n) -> values.put(name, Attributes.n(n)));
        return values;
    }

    /** {@code ADD #a0 :a0, #a1 :a1, ...} with its names and values, for an UpdateItem or a transaction. */
    record AddExpression(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
        static AddExpression of(Counts counts) {
            Map<String, String> names = new HashMap<>();
            Map<String, AttributeValue> values = new HashMap<>();
            StringBuilder expression = new StringBuilder();
            int i = 0;
            for (var counter : CounterAttributes.of(counts).entrySet()) {
                expression.append(i == 0 ? "ADD " : ", ").append("#a").append(i).append(" :a").append(i);
                names.put("#a" + i, counter.getKey());
                values.put(":a" + i, Attributes.n(counter.getValue()));
                i++;
            }
            return new AddExpression(expression.toString(), names, values);
        }

        AddExpression alsoAdd(String attribute, AttributeValue value) {
            Map<String, String> moreNames = new HashMap<>(names);
            Map<String, AttributeValue> moreValues = new HashMap<>(values);
            moreNames.put("#extra", attribute);
            moreValues.put(":extra", value);
            String more = (expression.isEmpty() ? "ADD " : expression + ", ") + "#extra :extra";
            return new AddExpression(more, moreNames, moreValues);
        }
    }
}
