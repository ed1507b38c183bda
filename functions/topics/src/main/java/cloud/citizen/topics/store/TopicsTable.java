package cloud.citizen.topics.store;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.platform.aws.Attributes;

/**
 * Key design of TopicsTable (one table; idempotency records and the outbox live here too):
 * <pre>
 * pk                          sk                        what / attributes
 * TOPIC#{topicId}             TOPIC                     title, description, communityId?, status, postCount (published),
 *                                                       createdAt, createdBy; gsi1pk = TOPICS, gsi1sk = {createdAt ms}#{topicId}
 * POST#{postId}               POST                      topicId, communityId?, authorId, authorName, text, imageKeys,
 *                                                       likeCount, commentCount, reportCount, status, adoptedAt?, createdAt;
 *                                                       gsi1pk = TOPIC#{topicId}, gsi1sk = {createdAt ms}#{postId}   (new)
 *                                                       hotpk  = TOPIC#{topicId}, hot (N) = HotScore                 (hot)
 * POST#{postId}               LIKE#{userId}             likedAt                    one like per citizen (put-if-absent)
 * POST#{postId}               REPORT#{userId}           reason, reportedAt         one report per citizen (put-if-absent)
 * POST#{postId}               COMMENT#{ms}#{commentId}  authorId, authorName, text, status, createdAt
 * POST#{postId}               MOD#{ms}#{id}             action, actorId, note, from, to, at      (audit trail)
 * UPLOAD#{key}                UPLOAD                    ownerId, contentType, sizeBytes, usedBy?, ttl (unused ones expire)
 * LIMIT#{userId}#{action}     SLOT#{n}                  until (ms): rolling-window rate limit, n < max
 * WORDS                       WORDS                     banned, review, allowed, updatedAt, updatedBy
 * </pre>
 * Access patterns: a topic's posts newest first (gsi1 byNew, descending) or hottest first (byHot,
 * descending), both filtered to what the viewer may see; topics newest first (gsi1 on TOPICS). Like,
 * report and comment counters move in the same transaction as the item that justifies them, and
 * the hot key moves with them (ADD), so no list is ever re-sorted in memory.
 */
public final class TopicsTable {
    static final String BY_NEW = "byNew";
    static final String BY_HOT = "byHot";
    static final String NEW_PK = "gsi1pk";
    static final String NEW_SK = "gsi1sk";
    static final String HOT_PK = "hotpk";
    static final String HOT_SK = "hot";
    static final String TOPICS_PARTITION = "TOPICS";

    private TopicsTable() {
    }

    static Map<String, AttributeValue> topicKey(String topicId) {
        return Attributes.key(topicPartition(topicId), "TOPIC");
    }

    static String topicPartition(String topicId) {
        return "TOPIC#" + topicId;
    }

    static String postPartition(String postId) {
        return "POST#" + postId;
    }

    static Map<String, AttributeValue> postKey(String postId) {
        return Attributes.key(postPartition(postId), "POST");
    }

    static Map<String, AttributeValue> likeKey(String postId, String userId) {
        return Attributes.key(postPartition(postId), "LIKE#" + userId);
    }

    static Map<String, AttributeValue> reportKey(String postId, String userId) {
        return Attributes.key(postPartition(postId), "REPORT#" + userId);
    }

    static Map<String, AttributeValue> uploadKey(String key) {
        return Attributes.key("UPLOAD#" + key, "UPLOAD");
    }

    static Map<String, AttributeValue> wordsKey() {
        return Attributes.key("WORDS", "WORDS");
    }

    /** Zero-padded so that the string order of the sort key is the time order. */
    static String timeOrdered(long millis, String id) {
        return String.format("%013d#%s", millis, id);
    }
}
