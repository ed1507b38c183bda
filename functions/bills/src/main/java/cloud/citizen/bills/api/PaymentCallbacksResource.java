package cloud.citizen.bills.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import cloud.citizen.bills.api.BillsResponses.CallbackAnswer;
import cloud.citizen.bills.service.PaymentCallbacks;
import cloud.citizen.platform.auth.Public;

/**
 * Where payment providers report results. No access token: a callback is authenticated by the
 * provider's signature over the raw body, so the body is taken as bytes, exactly as signed.
 */
@Path("/v1/payments/callbacks")
@Public
public class PaymentCallbacksResource {
    private final PaymentCallbacks callbacks;

    public PaymentCallbacksResource(PaymentCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    @POST
    @Path("/{provider}")
    @Consumes(MediaType.WILDCARD)
    public CallbackAnswer callback(@PathParam("provider") String provider, @Context HttpHeaders headers, byte[] body) {
        return CallbackAnswer.of(callbacks.accept(provider, body == null ? new byte[0] : body, headers::getHeaderString));
    }
}
