package cloud.citizen.surveys.store;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.platform.aws.Attributes;

/**
 * Key design of SurveysTable (template.yaml), keys {@code pk}/{@code sk}, one partition per survey:
 * <pre>
 *   pk = SURVEY#{surveyId}  sk = DEFINITION            title, opensAt, closesAt, anonymous, requireRealName,
 *                                                      maxResponses, communityId, createdBy, createdAt,
 *                                                      questions (JSON); gsi1pk = SURVEYS, gsi1sk = {createdAt}#{surveyId}
 *   pk = SURVEY#{surveyId}  sk = LIMIT                 taken         (only with maxResponses)
 *   pk = SURVEY#{surveyId}  sk = TALLY#{0..7}          responses, a_q, o_q_i, d_q_v, s_q, lo_q, hi_q (see Tally)
 *   pk = SURVEY#{surveyId}  sk = RESPONDENT#{marker}   nothing else: its existence is "has answered"
 *   pk = SURVEY#{surveyId}  sk = RESPONSE#{responseId} answers (JSON), submittedAt, userId (never for anonymous surveys)
 *   pk = EXPORT#{exportId}  sk = EXPORT                surveyId, requestedBy, status, objectKey, attempts, requestedAt, ttl
 *   pk = IDEMPOTENCY#...    / OUTBOX#{shard}           the platform's idempotency records and outbox
 * </pre>
 * Access patterns: a definition by id (GetItem, cached: definitions never change); surveys newest
 * first (GSI ByCreation); a response = one transaction over RESPONDENT (put if absent), RESPONSE,
 * one TALLY shard (ADD), LIMIT (ADD if below max) and the outbox; results = Query of the 8 TALLY
 * items (never the responses); an export = Query of RESPONSE# in id (= time) order. Counters are
 * spread over 8 shards so that concurrent responses rarely contend for one item; the response
 * limit needs one exact counter, so only limited surveys have the LIMIT item.
 */
public final class SurveysTable {
    public static final String BY_CREATION = "ByCreation";
    public static final int TALLY_SHARDS = 8;
    static final String DEFINITION = "DEFINITION";
    static final String LIMIT = "LIMIT";
    static final String TALLY = "TALLY#";
    static final String RESPONDENT = "RESPONDENT#";
    static final String RESPONSE = "RESPONSE#";
    static final String SURVEYS = "SURVEYS";

    private SurveysTable() {
    }

    static String surveyPk(String surveyId) {
        return "SURVEY#" + surveyId;
    }

    static Map<String, AttributeValue> definition(String surveyId) {
        return Attributes.key(surveyPk(surveyId), DEFINITION);
    }

    static Map<String, AttributeValue> limit(String surveyId) {
        return Attributes.key(surveyPk(surveyId), LIMIT);
    }

    static Map<String, AttributeValue> tally(String surveyId, int shard) {
        return Attributes.key(surveyPk(surveyId), TALLY + shard);
    }

    static Map<String, AttributeValue> respondent(String surveyId, String marker) {
        return Attributes.key(surveyPk(surveyId), RESPONDENT + marker);
    }

    static Map<String, AttributeValue> response(String surveyId, String responseId) {
        return Attributes.key(surveyPk(surveyId), RESPONSE + responseId);
    }

    static Map<String, AttributeValue> export(String exportId) {
        return Attributes.key("EXPORT#" + exportId, "EXPORT");
    }
}
