package cloud.citizen.platform.aws;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Short names for the DynamoDB attribute values every table adapter writes and reads. All our
 * tables key items by string {@code pk} and {@code sk}.
 */
public final class Attributes {
    private Attributes() {
    }

    public static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", s(pk), "sk", s(sk));
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    /** The string attribute, or null when the item lacks it. */
    public static String text(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        return value == null ? null : value.s();
    }

    /** The number attribute, or 0 when the item lacks it. */
    public static long number(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
    }

    /** GetItem answers an absent item with null or an empty map, depending on the SDK path. */
    public static boolean isEmpty(Map<String, AttributeValue> item) {
        return item == null || item.isEmpty();
    }
}
