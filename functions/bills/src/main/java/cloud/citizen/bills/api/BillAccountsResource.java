package cloud.citizen.bills.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cloud.citizen.apidocs.Refuses;
import cloud.citizen.bills.BillsComponents;
import cloud.citizen.bills.api.BillsRequests.BindAccountRequest;
import cloud.citizen.bills.api.BillsResponses.BoundAccountView;
import cloud.citizen.bills.domain.AccountAlreadyBoundException;
import cloud.citizen.bills.domain.AccountNotFoundException;
import cloud.citizen.bills.domain.TooManyAttemptsException;
import cloud.citizen.platform.auth.CurrentCaller;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** The provider accounts a citizen bound (naming the holder as the provider has it), and unbinding them. */
@Path("/v1/bill-accounts")
public class BillAccountsResource {
    private final BillsComponents components;
    private final CurrentCaller caller;

    public BillAccountsResource(BillsComponents components, CurrentCaller caller) {
        this.components = components;
        this.caller = caller;
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created")
    @Refuses(AccountNotFoundException.class)
    @Refuses(AccountAlreadyBoundException.class)
    @Refuses(TooManyAttemptsException.class)
    public Response bind(BindAccountRequest request) {
        BillsValidation.Binding binding = BillsValidation.binding(request);
        return Response.status(201).entity(BoundAccountView.of(components.accountBinding()
                .bind(caller.get().userId(), binding.account(), binding.holder()))).build();
    }

    @GET
    public Page<BoundAccountView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return components.accountBinding().accountsOf(caller.get().userId(), PageRequest.of(limit, cursor))
                .map(BoundAccountView::of);
    }

    @DELETE
    @Path("/{provider}/{accountNumber}")
    @APIResponse(responseCode = "204", description = "No content")
    @Refuses(AccountNotFoundException.class)
    public Response unbind(@PathParam("provider") String provider, @PathParam("accountNumber") String accountNumber) {
        components.accountBinding().unbind(caller.get().userId(), BillsValidation.pathAccount(provider, accountNumber));
        return Response.noContent().build();
    }
}
