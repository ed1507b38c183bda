package cloud.citizen.bills.store.payments;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sandbox gateway's two wire formats: the charge request we queue for it, and the callback
 * body it posts back (both JSON). Kept apart from the adapters so both sides agree by construction.
 */
public final class SandboxMessages {
    public static final String OUTCOME_SUCCEEDED = "succeeded";
    public static final String OUTCOME_DECLINED = "declined";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Ask the sandbox to collect {@code amountFen} for a payment; the account decides the outcome. */
    public record ChargeRequest(String eventId, String paymentId, long amountFen, String accountNumber) {
    }

    /**
     * What the sandbox posts back; {@code reference} is its own id for the charge, {@code timestamp}
     * the Unix seconds when it signed the callback.
     */
    public record CallbackBody(String eventId, String paymentId, String reference, long amountFen, String outcome,
            String reason, Long timestamp) {
    }

    private SandboxMessages() {
    }

    public static String write(Object message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IOException when the text is not such a message */
    public static <T> T read(byte[] json, Class<T> type) throws IOException {
        return JSON.readValue(json, type);
    }
}
