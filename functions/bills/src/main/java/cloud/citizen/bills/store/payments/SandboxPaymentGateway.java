package cloud.citizen.bills.store.payments;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import cloud.citizen.bills.domain.BadSignatureException;
import cloud.citizen.bills.domain.PaymentMethod;
import cloud.citizen.bills.service.payments.GatewayCheckout;
import cloud.citizen.bills.service.payments.PaymentGateway;
import cloud.citizen.bills.service.payments.PaymentOrder;
import cloud.citizen.bills.service.payments.VerifiedCallback;
import cloud.citizen.platform.outbox.OutboxEvent;

/**
 * Our adapter for the sandbox payment gateway ({@link SandboxBank}). Starting a payment queues a
 * charge request for the sandbox (SandboxProviderQueue, delivered after a short delay like a
 * citizen confirming in an app); the sandbox answers with a signed callback to
 * /v1/payments/callbacks/sandbox.
 */
public final class SandboxPaymentGateway implements PaymentGateway {
    public static final String CHARGE_REQUESTED = "SandboxChargeRequested";

    private final CallbackSignature signature;
    private final String chargeQueueUrl;
    private final String checkoutBaseUrl;

    public SandboxPaymentGateway(CallbackSignature signature, String chargeQueueUrl, String checkoutBaseUrl) {
        this.signature = signature;
        this.chargeQueueUrl = chargeQueueUrl;
        this.checkoutBaseUrl = checkoutBaseUrl;
    }

    @Override
    public PaymentMethod method() {
        return PaymentMethod.SANDBOX;
    }

    @Override
    public GatewayCheckout begin(PaymentOrder order) {
        String eventId = OutboxEvent.newEventId();
        String body = SandboxMessages.write(new SandboxMessages.ChargeRequest(eventId, order.paymentId(),
                order.bill().amountFen(), order.bill().account().accountNumber()));
        // nothing to open in the sandbox: it confirms by itself; the link only shows what a real gateway returns
        return new GatewayCheckout(checkoutBaseUrl + "/checkout/" + order.paymentId(),
                List.of(new OutboxEvent(eventId, CHARGE_REQUESTED, chargeQueueUrl, body)));
    }

    @Override
    public VerifiedCallback verify(byte[] rawBody, Function<String, String> header, Instant now) {
        signature.verify(header.apply(CallbackSignature.SIGNATURE_HEADER), rawBody);
        SandboxMessages.CallbackBody body;
        try {
            body = SandboxMessages.read(rawBody, SandboxMessages.CallbackBody.class);
        } catch (IOException e) {
            // signed by the sandbox yet unreadable: treat as not ours rather than guess
            throw new BadSignatureException();
        }
        if (body.paymentId() == null || body.outcome() == null) {
            throw new BadSignatureException();
        }
        CallbackSignature.checkFresh(body.timestamp(), now);
        boolean succeeded = SandboxMessages.OUTCOME_SUCCEEDED.equals(body.outcome());
        return new VerifiedCallback(body.paymentId(), body.reference(), body.amountFen(), succeeded,
                succeeded ? null : (body.reason() == null ? "declined" : body.reason()));
    }
}
