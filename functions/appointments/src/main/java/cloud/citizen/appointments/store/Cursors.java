package cloud.citizen.appointments.store;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.problem.ErrorCodes;
import cloud.citizen.platform.problem.ProblemException;

/**
 * Cursors are signed, but a genuine cursor of one list could still be sent to another (someone
 * else's appointments, another day's slots): it must start inside the partition being listed.
 */
final class Cursors {
    private Cursors() {
    }

    static Map<String, AttributeValue> startKey(CursorCodec codec, String cursor, String partitionAttribute,
            String partitionValue) {
        Map<String, AttributeValue> key = codec.decode(cursor);
        if (key != null && (!key.containsKey(partitionAttribute)
                || !partitionValue.equals(key.get(partitionAttribute).s()))) {
            throw ProblemException.of(400, ErrorCodes.INVALID_CURSOR, "The cursor belongs to another list.");
        }
        return key;
    }

    static String next(CursorCodec codec, Map<String, AttributeValue> lastEvaluatedKey) {
        return lastEvaluatedKey == null || lastEvaluatedKey.isEmpty() ? null : codec.encode(lastEvaluatedKey);
    }
}
