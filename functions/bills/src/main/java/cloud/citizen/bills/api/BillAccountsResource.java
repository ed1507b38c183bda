package cloud.citizen.bills.api;

import java.time.Instant;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cloud.citizen.apidocs.Refuses;
import cloud.citizen.bills.BillsComponents;
import cloud.citizen.bills.api.BillsRequests.BindAccountRequest;
import cloud.citizen.bills.domain.AccountAlreadyBoundException;
import cloud.citizen.bills.domain.AccountNotFoundException;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.platform.auth.CurrentCaller;

/** Binding a utility provider's account to the signed-in citizen, who then sees its bills. */
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
    public Response bind(BindAccountRequest request) {
        ProviderAccount account = BillsValidation.account(request);
        Instant boundAt = components.billAccess().bind(caller.get().userId(), account);
        return Response.status(201).entity(BillsResponses.BoundAccount.of(account, boundAt)).build();
    }
}
