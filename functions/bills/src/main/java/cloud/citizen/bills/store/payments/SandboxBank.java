package cloud.citizen.bills.store.payments;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/**
 * The sandbox payment gateway itself (the other side of {@link SandboxPaymentGateway}): it collects every
 * charge except for test accounts whose number starts with {@value #DECLINING_PREFIX}, which it
 * declines, and answers with a callback signed like a real gateway's.
 */
public final class SandboxBank {
    /** Documented test accounts: a bill of account {@code DECLINE-0001} is always declined. */
    public static final String DECLINING_PREFIX = "DECLINE";

    private final CallbackSignature signature;
    private final Clock clock;

    public SandboxBank(CallbackSignature signature, Clock clock) {
        this.signature = signature;
        this.clock = clock;
    }

    /** A callback ready to post: its body and its X-Signature. */
    public record SignedCallback(byte[] body, String signature) {
    }

    public SignedCallback answer(SandboxMessages.ChargeRequest request) {
        boolean declined = request.accountNumber() != null && request.accountNumber().startsWith(DECLINING_PREFIX);
        SandboxMessages.CallbackBody callback = new SandboxMessages.CallbackBody(UUID.randomUUID().toString(),
                request.paymentId(), "sbx_" + request.eventId(), request.amountFen(),
                declined ? SandboxMessages.OUTCOME_DECLINED : SandboxMessages.OUTCOME_SUCCEEDED,
                declined ? "card_declined" : null, clock.instant().getEpochSecond());
        byte[] body = SandboxMessages.write(callback).getBytes(StandardCharsets.UTF_8);
        return new SignedCallback(body, signature.sign(body));
    }
}
