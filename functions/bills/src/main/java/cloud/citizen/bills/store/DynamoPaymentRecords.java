package cloud.citizen.bills.store;

import static cloud.citizen.platform.aws.Attributes.s;

import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.bills.domain.Payment;
import cloud.citizen.bills.service.PaymentRecords;
import cloud.citizen.platform.aws.Attributes;

/** Payment items by id (strongly consistent); see {@link BillsTable}. */
public class DynamoPaymentRecords implements PaymentRecords {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoPaymentRecords(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<Payment> find(String paymentId) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                .key(BillsTable.paymentKey(paymentId)).consistentRead(true)).item();
        return Attributes.isEmpty(item) ? Optional.empty() : Optional.of(Items.payment(item));
    }

    @Override
    public void attachReceipt(String paymentId, String receiptKey) {
        dynamo.updateItem(update -> update.tableName(table).key(BillsTable.paymentKey(paymentId))
                .updateExpression("SET receiptKey = :key").conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":key", s(receiptKey))));
    }
}
