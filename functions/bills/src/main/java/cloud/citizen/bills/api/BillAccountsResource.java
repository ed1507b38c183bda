package cloud.citizen.bills.api;

import java.time.Instant;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import cloud.citizen.bills.api.BillsRequests.BindAccountRequest;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.bills.service.BillAccess;
import cloud.citizen.platform.auth.CurrentCaller;

/** Binding a provider account to the signed-in citizen, who then sees its bills. */
@Path("/v1/bill-accounts")
public class BillAccountsResource {
    private final BillAccess access;
    private final CurrentCaller caller;

    public BillAccountsResource(BillAccess access, CurrentCaller caller) {
        this.access = access;
        this.caller = caller;
    }

    @POST
    public Response bind(BindAccountRequest request) {
        ProviderAccount account = BillsValidation.account(request);
        Instant boundAt = access.bind(caller.get().userId(), account);
        return Response.status(201).entity(BillsResponses.BoundAccount.of(account, boundAt)).build();
    }
}
