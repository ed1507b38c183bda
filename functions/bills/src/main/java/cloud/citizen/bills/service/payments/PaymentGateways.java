package cloud.citizen.bills.service.payments;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cloud.citizen.bills.domain.PaymentMethod;
import cloud.citizen.bills.domain.PaymentMethodUnavailableException;
import cloud.citizen.bills.domain.UnknownPaymentGatewayException;

/**
 * The payment gateways connected in this deployment. Only the sandbox is connected here: Alipay,
 * WeChat Pay and UnionPay need merchant contracts, their own signature schemes (RSA2 / WeChat Pay
 * v3) and reachable gateways, none of which exist on a developer machine; choosing them is a 422
 * until an adapter is written and connected.
 */
public final class PaymentGateways {
    private final Map<PaymentMethod, PaymentGateway> connected = new EnumMap<>(PaymentMethod.class);

    public PaymentGateways(List<PaymentGateway> gateways) {
        gateways.forEach(gateway -> connected.put(gateway.method(), gateway));
    }

    /** @throws PaymentMethodUnavailableException for a method whose gateway is not connected */
    public PaymentGateway forMethod(PaymentMethod method) {
        PaymentGateway gateway = connected.get(method);
        if (gateway == null) {
            throw new PaymentMethodUnavailableException();
        }
        return gateway;
    }

    /** @throws UnknownPaymentGatewayException for a callback path naming no connected gateway */
    public PaymentGateway forCallback(String gatewayName) {
        return PaymentMethod.fromWire(gatewayName).map(connected::get)
                .orElseThrow(UnknownPaymentGatewayException::new);
    }
}
