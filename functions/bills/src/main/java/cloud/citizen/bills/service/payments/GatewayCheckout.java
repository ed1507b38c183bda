package cloud.citizen.bills.service.payments;

import java.util.List;

import cloud.citizen.platform.outbox.OutboxEvent;

/**
 * The result of starting a payment at a gateway: the link the app opens, and messages for the
 * gateway that are committed together with the pending payment (outbox), so none is lost.
 */
public record GatewayCheckout(String payUrl, List<OutboxEvent> requests) {

    public GatewayCheckout {
        requests = List.copyOf(requests);
    }
}
