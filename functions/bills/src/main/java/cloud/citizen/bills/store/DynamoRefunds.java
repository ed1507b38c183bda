package cloud.citizen.bills.store;

import static cloud.citizen.platform.aws.Attributes.s;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import cloud.citizen.bills.domain.RefundNeeded;
import cloud.citizen.bills.service.Refunds;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** Refund items through GSI ByOwner ({@code REFUNDS}), oldest first; see {@link BillsTable}. */
public class DynamoRefunds implements Refunds {
    private static final String QUESTION = "refunds-needed";

    private final DynamoDbClient dynamo;
    private final String table;
    private final CursorCodec cursors;

    public DynamoRefunds(DynamoDbClient dynamo, String table, CursorCodec cursors) {
        this.dynamo = dynamo;
        this.table = table;
        this.cursors = cursors;
    }

    @Override
    public Page<RefundNeeded> needed(PageRequest page) {
        var startKey = cursors.decode(page.cursor(), QUESTION);
        QueryResponse response = dynamo.query(query -> query.tableName(table).indexName(BillsTable.BY_OWNER)
                .keyConditionExpression("gsi1pk = :refunds AND begins_with(gsi1sk, :needed)")
                .expressionAttributeValues(Map.of(":refunds", s(BillsTable.REFUNDS_PK), ":needed", s("NEEDED#")))
                .limit(page.limit()).exclusiveStartKey(startKey));
        return new Page<>(response.items().stream().map(Items::refundNeeded).toList(),
                response.hasLastEvaluatedKey() ? cursors.encode(response.lastEvaluatedKey(), QUESTION) : null);
    }
}
