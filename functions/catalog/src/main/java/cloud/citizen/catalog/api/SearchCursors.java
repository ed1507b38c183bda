package cloud.citizen.catalog.api;

import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.catalog.domain.SearchPosition;
import cloud.citizen.catalog.domain.SearchQuery;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.problem.ErrorCodes;
import cloud.citizen.platform.problem.ProblemException;

/**
 * Search cursors: the position after which the next page starts, plus the question it answers,
 * signed by the platform's {@link CursorCodec}. A forged cursor, or a genuine one sent with
 * another question, is a 400.
 */
final class SearchCursors {
    private final CursorCodec codec;

    SearchCursors(CursorCodec codec) {
        this.codec = codec;
    }

    String encode(SearchQuery query, Optional<SearchPosition> next) {
        return next.map(position -> codec.encode(Map.of("query", AttributeValue.fromS(query.fingerprint()),
                "tier", AttributeValue.fromN(Integer.toString(position.tier())),
                "usage", AttributeValue.fromN(Long.toString(position.usageCount())),
                "id", AttributeValue.fromS(position.serviceId())))).orElse(null);
    }

    Optional<SearchPosition> decode(SearchQuery query, String cursor) {
        Map<String, AttributeValue> fields = codec.decode(cursor);
        if (fields == null) {
            return Optional.empty();
        }
        try {
            if (!query.fingerprint().equals(fields.get("query").s())) {
                throw otherQuestion();
            }
            return Optional.of(new SearchPosition(Integer.parseInt(fields.get("tier").n()),
                    Long.parseLong(fields.get("usage").n()), fields.get("id").s()));
        } catch (NullPointerException | NumberFormatException e) { // signed by us, but not a search cursor
            throw otherQuestion();
        }
    }

    private static ProblemException otherQuestion() {
        return ProblemException.of(400, ErrorCodes.INVALID_CURSOR, "The cursor belongs to another list.");
    }
}
