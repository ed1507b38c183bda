package cloud.citizen.accounts.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import cloud.citizen.accounts.AccountsComponents;
import cloud.citizen.accounts.domain.BadIdNumberException;
import cloud.citizen.accounts.domain.IdNumberTakenException;
import cloud.citizen.accounts.domain.RealNameAlreadyVerifiedException;
import cloud.citizen.accounts.domain.TooManyAttemptsException;
import cloud.citizen.apidocs.Refuses;
import cloud.citizen.platform.auth.CurrentCaller;
import cloud.citizen.platform.idempotency.IdempotencyKeyIgnored;

/** The signed-in citizen's own profile. Every route needs an access token. */
@Path("/v1/me")
public class MeResource {
    private final AccountsComponents components;
    private final CurrentCaller caller;

    public MeResource(AccountsComponents components, CurrentCaller caller) {
        this.components = components;
        this.caller = caller;
    }

    @GET
    public ProfileResponse me() {
        return ProfileResponse.of(components.profiles().get(caller.get().userId()));
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    public ProfileResponse update(ProfileRequests.ProfileUpdate update) {
        return ProfileResponse.of(components.profiles().rename(caller.get().userId(), AuthValidation.profileUpdate(update)));
    }

    /** Answers with fresh tokens, so Idempotency-Key is ignored: tokens are never stored or replayed. */
    @POST
    @Path("/real-name")
    @Consumes(MediaType.APPLICATION_JSON)
    @IdempotencyKeyIgnored
    @Refuses(BadIdNumberException.class)
    @Refuses(IdNumberTakenException.class)
    @Refuses(RealNameAlreadyVerifiedException.class)
    @Refuses(TooManyAttemptsException.class)
    public RealNameResponse verifyRealName(ProfileRequests.RealNameRequest request) {
        return RealNameResponse.of(components.profiles().verifyRealName(caller.get().userId(),
                AuthValidation.realName(request)));
    }
}
