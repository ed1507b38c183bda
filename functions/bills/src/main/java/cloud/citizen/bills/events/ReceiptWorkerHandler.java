package cloud.citizen.bills.events;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import cloud.citizen.bills.service.BillsEvents;
import cloud.citizen.bills.service.ReceiptIssuer;
import cloud.citizen.bills.store.DynamoPaymentRecords;
import cloud.citizen.bills.store.S3ReceiptArchive;

/**
 * Consumes PaymentSucceeded events (ReceiptQueue) and writes each payment's receipt to the
 * receipts bucket. Unreadable events and events for unknown payments fail, are retried and end in
 * the DLQ; a redelivered event finds its receipt written and does nothing.
 * A plain method called by name from template.yaml, not a {@code RequestHandler}: see the platform's
 * {@code OutboxSweepHandler} for why.
 */
public class ReceiptWorkerHandler {
    private final ReceiptIssuer issuer;

    public ReceiptWorkerHandler() {
        this(new ReceiptIssuer(new DynamoPaymentRecords(HandlerEnvironment.dynamoDb(), HandlerEnvironment.billsTable()),
                new S3ReceiptArchive(HandlerEnvironment.s3(), HandlerEnvironment.required("RECEIPTS_BUCKET"))));
    }

    public ReceiptWorkerHandler(ReceiptIssuer issuer) {
        this.issuer = issuer;
    }

    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return QueueBatch.process(event, message -> issuer.issue(BillsEvents.readPaymentSucceeded(message.getBody())));
    }
}
