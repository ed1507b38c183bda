package cloud.citizen.bills.events;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import cloud.citizen.bills.BillsComponents;
import cloud.citizen.bills.service.ReceiptIssuer;
import cloud.citizen.platform.events.SqsBatch;

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
        this(BillsComponents.fromEnvironment());
    }

    public ReceiptWorkerHandler(BillsComponents components) {
        this.issuer = components.receiptIssuer();
    }

    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return SqsBatch.process(event, body -> issuer.issue(BillsMessages.readPaymentSucceeded(body)));
    }
}
