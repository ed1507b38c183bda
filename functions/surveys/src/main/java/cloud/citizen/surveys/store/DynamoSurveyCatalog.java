package cloud.citizen.surveys.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.platform.cache.RecentReads;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;
import cloud.citizen.surveys.domain.Survey;
import cloud.citizen.surveys.service.SurveyCatalog;

/**
 * Definitions in SurveysTable (see {@link SurveysTable}). A definition never changes after it is
 * written, so each instance keeps those it has read (a bounded cache): a burst of responses to one
 * survey reads its definition once, not once per response, and a list does not parse again the
 * questions of a survey it has seen.
 * <p>
 * The first page of the list (newest first) is kept per instance for {@link #FIRST_PAGE_FRESH_FOR}:
 * it is the same for every signed-in person and the app opens it on every visit, while surveys are
 * published rarely and never change afterwards. A survey published seconds ago listed a few seconds
 * late costs a citizen nothing (a survey runs for days); {@code open} is computed per request from
 * the clock, so the kept page never makes a closed survey look open. Pages after a cursor are read
 * live; publishing through this instance forgets the kept pages at once.
 */
public final class DynamoSurveyCatalog implements SurveyCatalog {
    private static final int CACHE_LIMIT = 500;
    static final Duration FIRST_PAGE_FRESH_FOR = Duration.ofSeconds(10);

    private final DynamoDbClient dynamo;
    private final String table;
    private final CursorCodec cursors;
    private final Map<String, Survey> cache = new ConcurrentHashMap<>();
    private final RecentReads<Integer, Page<Survey>> firstPages;

    public DynamoSurveyCatalog(DynamoDbClient dynamo, String table, CursorCodec cursors, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.cursors = cursors;
        this.firstPages = new RecentReads<>(clock, FIRST_PAGE_FRESH_FOR, 100); // keyed by limit
    }

    @Override
    public void add(Survey survey) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(put -> put.tableName(table).item(itemOf(survey))
                .conditionExpression("attribute_not_exists(pk)")).build());
        survey.responseLimit().ifPresent(max -> writes.add(TransactWriteItem.builder().put(put -> put.tableName(table)
                .item(withKey(SurveysTable.limit(survey.surveyId()), Map.of("taken", n(0))))).build()));
        dynamo.transactWriteItems(transaction -> transaction.transactItems(writes));
        firstPages.forget(); // whoever published it sees it listed at once, at least on this instance
    }

    @Override
    public Optional<Survey> find(String surveyId) {
        Survey cached = cache.get(surveyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                .key(SurveysTable.definition(surveyId))).item();
        if (Attributes.isEmpty(item)) {
            return Optional.empty();
        }
        return Optional.of(remembered(surveyOf(item)));
    }

    private Survey remembered(Survey survey) {
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(survey.surveyId(), survey);
        return survey;
    }

    @Override
    public Page<Survey> list(PageRequest page) {
        return page.cursor() == null ? firstPages.get(page.limit(), () -> read(page)) : read(page);
    }

    private Page<Survey> read(PageRequest page) {
        QueryResponse response = dynamo.query(query -> query.tableName(table).indexName(SurveysTable.BY_CREATION)
                .keyConditionExpression("gsi1pk = :all").expressionAttributeValues(Map.of(":all", s(SurveysTable.SURVEYS)))
                .scanIndexForward(false).limit(page.limit()).exclusiveStartKey(cursors.decode(page.cursor(), "surveys")));
        List<Survey> surveys = response.items().stream().map(this::knownOrRead).toList();
        return new Page<>(surveys, response.hasLastEvaluatedKey() ? cursors.encode(response.lastEvaluatedKey(), "surveys") : null);
    }

    /** A definition never changes: one seen before need not be parsed again. */
    private Survey knownOrRead(Map<String, AttributeValue> item) {
        Survey known = cache.get(text(item, "surveyId"));
        return known != null ? known : remembered(surveyOf(item));
    }

    private static Map<String, AttributeValue> itemOf(Survey survey) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("surveyId", s(survey.surveyId()));
        item.put("title", s(survey.title()));
        item.put("opensAt", s(survey.opensAt().toString()));
        item.put("closesAt", s(survey.closesAt().toString()));
        item.put("anonymous", AttributeValue.fromBool(survey.anonymous()));
        item.put("requireRealName", AttributeValue.fromBool(survey.requireRealName()));
        item.put("maxResponses", n(survey.maxResponses()));
        survey.communityId().ifPresent(community -> item.put("communityId", s(community)));
        item.put("createdBy", s(survey.createdBy()));
        item.put("createdAt", s(survey.createdAt().toString()));
        item.put("questions", s(SurveyJson.questions(survey.questions())));
        item.put("gsi1pk", s(SurveysTable.SURVEYS));
        item.put("gsi1sk", s(survey.createdAt() + "#" + survey.surveyId()));
        return withKey(SurveysTable.definition(survey.surveyId()), item);
    }

    private static Survey surveyOf(Map<String, AttributeValue> item) {
        return new Survey(text(item, "surveyId"), text(item, "title"), Instant.parse(text(item, "opensAt")),
                Instant.parse(text(item, "closesAt")), item.get("anonymous").bool(), item.get("requireRealName").bool(),
                (int) Attributes.number(item, "maxResponses"), Optional.ofNullable(text(item, "communityId")),
                text(item, "createdBy"), Instant.parse(text(item, "createdAt")),
                SurveyJson.questions(text(item, "questions")));
    }

    private static Map<String, AttributeValue> withKey(Map<String, AttributeValue> key, Map<String, AttributeValue> rest) {
        Map<String, AttributeValue> item = new HashMap<>(rest);
        item.putAll(key);
        return item;
    }
}
