package cloud.citizen.bills.store;

import static cloud.citizen.bills.store.BillsTable.s;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.bills.domain.Payment;
import cloud.citizen.bills.service.PaymentRecords;

/** Payment items by id (strongly consistent); see {@link BillsTable}. */
@ApplicationScoped
public class DynamoPaymentRecords implements PaymentRecords {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoPaymentRecords(DynamoDbClient dynamo, BillsTable table) {
        this.dynamo = dynamo;
        this.table = table.name();
    }

    @Override
    public Optional<Payment> find(String paymentId) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                .key(Items.paymentKey(paymentId)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(Items.payment(item));
    }

    @Override
    public void attachReceipt(String paymentId, String receiptKey) {
        dynamo.updateItem(update -> update.tableName(table).key(Items.paymentKey(paymentId))
                .updateExpression("SET receiptKey = :key").conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":key", s(receiptKey))));
    }
}
