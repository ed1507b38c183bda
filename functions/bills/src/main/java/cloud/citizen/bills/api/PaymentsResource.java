package cloud.citizen.bills.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import cloud.citizen.apidocs.Refuses;
import cloud.citizen.bills.BillsComponents;
import cloud.citizen.bills.api.BillsResponses.PaymentView;
import cloud.citizen.bills.api.BillsResponses.RefundView;
import cloud.citizen.bills.domain.PaymentNotFoundException;
import cloud.citizen.bills.service.PaymentQueries.PaymentWithReceipt;
import cloud.citizen.platform.auth.Allow;
import cloud.citizen.platform.auth.CurrentCaller;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** The signed-in citizen's payments and their receipts. */
@Path("/v1/payments")
public class PaymentsResource {
    private final BillsComponents components;
    private final CurrentCaller caller;

    public PaymentsResource(BillsComponents components, CurrentCaller caller) {
        this.components = components;
        this.caller = caller;
    }

    @GET
    public Page<PaymentView> history(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return components.paymentQueries().paymentsOf(caller.get().userId(), PageRequest.of(limit, cursor))
                .map(payment -> PaymentView.of(payment, null));
    }

    /** Operations' work list: money collected for bills that another payment had paid. */
    @GET
    @Path("/refunds-needed")
    @Allow(Role.ADMIN)
    public Page<RefundView> refundsNeeded(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return components.refunds().needed(PageRequest.of(limit, cursor)).map(RefundView::of);
    }

    @GET
    @Path("/{paymentId}")
    @Refuses(PaymentNotFoundException.class)
    public PaymentView get(@PathParam("paymentId") String paymentId) {
        PaymentWithReceipt found = components.paymentQueries().paymentFor(caller.get().userId(), paymentId);
        return PaymentView.of(found.payment(), found.receiptUrl());
    }
}
