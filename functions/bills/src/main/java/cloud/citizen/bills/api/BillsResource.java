package cloud.citizen.bills.api;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cloud.citizen.apidocs.Refuses;
import cloud.citizen.bills.BillsComponents;
import cloud.citizen.bills.api.BillsRequests.PaymentRequest;
import cloud.citizen.bills.api.BillsResponses.BillView;
import cloud.citizen.bills.domain.BillAlreadyPaidException;
import cloud.citizen.bills.domain.BillNotFoundException;
import cloud.citizen.bills.domain.Payment;
import cloud.citizen.bills.domain.PaymentInProgressException;
import cloud.citizen.bills.domain.PaymentMethodUnavailableException;
import cloud.citizen.platform.auth.CurrentCaller;
import cloud.citizen.platform.idempotency.IdempotencyKeyRequired;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** The signed-in citizen's bills (through the accounts bound to them) and paying one. */
@Path("/v1/bills")
public class BillsResource {
    private final BillsComponents components;
    private final CurrentCaller caller;

    public BillsResource(BillsComponents components, CurrentCaller caller) {
        this.components = components;
        this.caller = caller;
    }

    @GET
    public Page<BillView> list(@QueryParam("status") String status, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return components.billAccess().billsOf(caller.get().userId(), BillsValidation.status(status), PageRequest.of(limit, cursor))
                .map(BillView::of);
    }

    @GET
    @Path("/{billId}")
    @Refuses(BillNotFoundException.class)
    public BillView get(@PathParam("billId") String billId) {
        return BillView.of(components.billAccess().billFor(caller.get().userId(), billId));
    }

    @POST
    @Path("/{billId}/payments")
    @IdempotencyKeyRequired
    @APIResponse(responseCode = "201", description = "Created")
    @Refuses(BillNotFoundException.class)
    @Refuses(BillAlreadyPaidException.class)
    @Refuses(PaymentInProgressException.class)
    @Refuses(PaymentMethodUnavailableException.class)
    public Response pay(@PathParam("billId") String billId, PaymentRequest request) {
        Payment payment = components.checkout().start(caller.get().userId(), billId, BillsValidation.method(request));
        return Response.created(URI.create("/v1/payments/" + payment.paymentId()))
                .entity(BillsResponses.PaymentCreated.of(payment)).build();
    }
}
