package cloud.citizen.bills.providers;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cloud.citizen.bills.domain.PaymentMethod;
import cloud.citizen.bills.domain.PaymentMethodUnavailableException;
import cloud.citizen.bills.domain.UnknownPaymentProviderException;

/**
 * The providers connected in this deployment. Only the sandbox is connected here: Alipay, WeChat
 * Pay and UnionPay need merchant contracts, their own signature schemes (RSA2 / WeChat Pay v3) and
 * reachable gateways, none of which exist on a developer machine; choosing them is a 422 until an
 * adapter is written and connected.
 */
public final class PaymentProviders {
    private final Map<PaymentMethod, PaymentProvider> connected = new EnumMap<>(PaymentMethod.class);

    public PaymentProviders(List<PaymentProvider> providers) {
        providers.forEach(provider -> connected.put(provider.method(), provider));
    }

    /** @throws PaymentMethodUnavailableException for a method whose provider is not connected */
    public PaymentProvider forMethod(PaymentMethod method) {
        PaymentProvider provider = connected.get(method);
        if (provider == null) {
            throw new PaymentMethodUnavailableException();
        }
        return provider;
    }

    /** @throws UnknownPaymentProviderException for a callback path naming no connected provider */
    public PaymentProvider forCallback(String providerName) {
        return PaymentMethod.fromWire(providerName).map(connected::get)
                .orElseThrow(UnknownPaymentProviderException::new);
    }
}
