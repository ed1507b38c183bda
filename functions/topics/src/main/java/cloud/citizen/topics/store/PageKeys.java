package cloud.citizen.topics.store;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.problem.ErrorCodes;
import cloud.citizen.platform.problem.ProblemException;

/**
 * Cursors are signed, but a genuine cursor of one list could still be sent to another (another
 * topic, the other order): it must start inside the index partition being listed.
 */
final class PageKeys {
    private PageKeys() {
    }

    static Map<String, AttributeValue> startKey(CursorCodec codec, String cursor, String partitionAttribute,
            String partitionValue, String sortAttribute) {
        Map<String, AttributeValue> key = codec.decode(cursor);
        if (key != null && (!key.containsKey(sortAttribute) || !key.containsKey(partitionAttribute)
                || !partitionValue.equals(key.get(partitionAttribute).s()))) {
            throw ProblemException.of(400, ErrorCodes.INVALID_CURSOR, "The cursor belongs to another list.");
        }
        return key;
    }
}
