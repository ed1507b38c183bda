package cloud.citizen.bills.events;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jboss.logging.Logger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import cloud.citizen.bills.BillsComponents;
import cloud.citizen.bills.BillsSettings;
import cloud.citizen.bills.store.payments.CallbackSignature;
import cloud.citizen.bills.store.payments.SandboxBank;
import cloud.citizen.bills.store.payments.SandboxMessages;
import cloud.citizen.platform.events.SqsBatch;

/**
 * The sandbox payment gateway ({@link SandboxBank}), run as a queue consumer (SandboxProviderQueue,
 * function SandboxProviderFunction): for each charge request it decides the outcome and POSTs a
 * signed callback to {@code CALLBACK_BASE_URL}/v1/payments/callbacks/sandbox, over the public API
 * like any payment gateway. A callback that could not be delivered (network, 5xx) is retried
 * through the queue; one the API refused (4xx) is dropped, as a gateway would give up on it.
 * A plain method called by name from template.yaml, not a {@code RequestHandler}: see the platform's
 * {@code OutboxSweepHandler} for why.
 */
public class SandboxBankHandler {
    static final String CALLBACK_PATH = "/v1/payments/callbacks/sandbox";
    private static final Logger LOG = Logger.getLogger(SandboxBankHandler.class);

    private final SandboxBank bank;
    private final URI callbackUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public SandboxBankHandler() {
        this(BillsComponents.fromEnvironment());
    }

    public SandboxBankHandler(BillsComponents components) {
        this.bank = components.sandboxBank();
        String baseUrl = BillsSettings.required(components.settings().callbackBaseUrl(),
                BillsSettings.CALLBACK_BASE_URL);
        this.callbackUrl = URI.create(baseUrl.replaceAll("/+$", "") + CALLBACK_PATH);
    }

    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return SqsBatch.process(event, body -> {
            SandboxMessages.ChargeRequest request = SandboxMessages.read(
                    body.getBytes(StandardCharsets.UTF_8), SandboxMessages.ChargeRequest.class);
            post(request.paymentId(), bank.answer(request));
        });
    }

    private void post(String paymentId, SandboxBank.SignedCallback callback) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(callbackUrl).timeout(Duration.ofSeconds(8))
                .header("Content-Type", "application/json")
                .header(CallbackSignature.SIGNATURE_HEADER, callback.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(callback.body())).build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status >= 500 || status == 429) {
            throw new IOException("callback answered " + status);
        }
        if (status >= 400) {
            LOG.warnf("Callback for payment %s refused with %d; not retried", paymentId, status);
        }
    }
}
