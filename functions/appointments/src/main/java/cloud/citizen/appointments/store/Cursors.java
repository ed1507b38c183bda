package cloud.citizen.appointments.store;

import java.util.Map;
import java.util.function.Supplier;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.problem.ErrorCodes;
import cloud.citizen.platform.problem.ProblemException;

/**
 * Cursors are signed, but a genuine cursor of one list could still be sent to another (someone
 * else's appointments, another day's slots): it must start inside the partition being listed.
 * The codec is asked for only when a cursor is read or written: its key is a Secrets Manager read
 * that a first page of a short list (most lists) never needs.
 */
final class Cursors {
    private Cursors() {
    }

    static Map<String, AttributeValue> startKey(Supplier<CursorCodec> codec, String cursor, String partitionAttribute,
            String partitionValue) {
        if (cursor == null) {
            return null;
        }
        Map<String, AttributeValue> key = codec.get().decode(cursor);
        if (key != null && (!key.containsKey(partitionAttribute)
                || !partitionValue.equals(key.get(partitionAttribute).s()))) {
            throw ProblemException.of(400, ErrorCodes.INVALID_CURSOR, "The cursor belongs to another list.");
        }
        return key;
    }

    static String next(Supplier<CursorCodec> codec, Map<String, AttributeValue> lastEvaluatedKey) {
        return lastEvaluatedKey == null || lastEvaluatedKey.isEmpty() ? null : codec.get().encode(lastEvaluatedKey);
    }
}
