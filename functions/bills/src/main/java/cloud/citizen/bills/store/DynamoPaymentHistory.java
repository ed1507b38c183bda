package cloud.citizen.bills.store;

import static cloud.citizen.platform.aws.Attributes.s;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import cloud.citizen.bills.domain.Payment;
import cloud.citizen.bills.service.PaymentHistory;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** A citizen's payments through GSI ByOwner ({@code PAYER#{userId}}), newest first; see {@link BillsTable}. */
public class DynamoPaymentHistory implements PaymentHistory {
    private final DynamoDbClient dynamo;
    private final String table;
    private final CursorCodec cursors;

    public DynamoPaymentHistory(DynamoDbClient dynamo, String table, CursorCodec cursors) {
        this.dynamo = dynamo;
        this.table = table;
        this.cursors = cursors;
    }

    @Override
    public Page<Payment> paymentsOf(String userId, PageRequest page) {
        String question = "payments|" + userId;
        var exclusiveStart = cursors.decode(page.cursor(), question);
        QueryResponse response = dynamo.query(query -> query.tableName(table).indexName(BillsTable.BY_OWNER)
                .keyConditionExpression("gsi1pk = :payer AND begins_with(gsi1sk, :payment)")
                .expressionAttributeValues(Map.of(":payer", s("PAYER#" + userId), ":payment", s("PAYMENT#")))
                .scanIndexForward(false).limit(page.limit()).exclusiveStartKey(exclusiveStart));
        return new Page<>(response.items().stream().map(Items::payment).toList(),
                response.hasLastEvaluatedKey() ? cursors.encode(response.lastEvaluatedKey(), question) : null);
    }
}
