package cloud.citizen.bills.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import cloud.citizen.bills.api.BillsResponses.PaymentView;
import cloud.citizen.bills.service.PaymentQueries;
import cloud.citizen.platform.auth.CurrentCaller;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** The signed-in citizen's payments and their receipts. */
@Path("/v1/payments")
public class PaymentsResource {
    private final PaymentQueries payments;
    private final CurrentCaller caller;

    public PaymentsResource(PaymentQueries payments, CurrentCaller caller) {
        this.payments = payments;
        this.caller = caller;
    }

    @GET
    public Page<PaymentView> history(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return payments.paymentsOf(caller.get().userId(), PageRequest.of(limit, cursor))
                .map(payment -> PaymentView.of(payment, null));
    }

    @GET
    @Path("/{paymentId}")
    public PaymentView get(@PathParam("paymentId") String paymentId) {
        PaymentQueries.PaymentView view = payments.paymentFor(caller.get().userId(), paymentId);
        return PaymentView.of(view.payment(), view.receiptUrl());
    }
}
