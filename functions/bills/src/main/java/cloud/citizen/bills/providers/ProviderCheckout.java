package cloud.citizen.bills.providers;

import java.util.List;

import cloud.citizen.platform.outbox.OutboxEvent;

/**
 * The result of starting a payment: the link the app opens, and messages for the provider that
 * are committed together with the pending payment (outbox), so none is lost.
 */
public record ProviderCheckout(String payUrl, List<OutboxEvent> requests) {

    public ProviderCheckout {
        requests = List.copyOf(requests);
    }
}
