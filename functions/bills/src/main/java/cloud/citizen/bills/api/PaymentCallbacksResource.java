package cloud.citizen.bills.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import cloud.citizen.apidocs.Refuses;
import cloud.citizen.bills.BillsComponents;
import cloud.citizen.bills.api.BillsResponses.CallbackAnswer;
import cloud.citizen.bills.domain.AmountMismatchException;
import cloud.citizen.bills.domain.BadSignatureException;
import cloud.citizen.bills.domain.PaymentNotFoundException;
import cloud.citizen.bills.domain.UnknownPaymentGatewayException;
import cloud.citizen.platform.auth.Public;

/**
 * Where payment gateways report results. No access token: a callback is authenticated by the
 * gateway's signature over the raw body, so the body is taken as bytes, exactly as signed. The
 * path parameter keeps the contract's name, {@code provider} (the payment provider).
 */
@Path("/v1/payments/callbacks")
@Public
public class PaymentCallbacksResource {
    private final BillsComponents components;

    public PaymentCallbacksResource(BillsComponents components) {
        this.components = components;
    }

    @POST
    @Path("/{provider}")
    @Consumes(MediaType.WILDCARD)
    @Refuses(UnknownPaymentGatewayException.class)
    @Refuses(BadSignatureException.class)
    @Refuses(AmountMismatchException.class)
    @Refuses(PaymentNotFoundException.class)
    public CallbackAnswer callback(@PathParam("provider") String gateway, @Context HttpHeaders headers, byte[] body) {
        return CallbackAnswer.of(components.paymentCallbacks().accept(gateway, body == null ? new byte[0] : body,
                headers::getHeaderString));
    }
}
