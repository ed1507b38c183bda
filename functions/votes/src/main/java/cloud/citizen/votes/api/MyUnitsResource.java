package cloud.citizen.votes.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import cloud.citizen.platform.auth.CurrentCaller;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.votes.VotesComponents;
import cloud.citizen.votes.api.VotesResponses.MyUnitResponse;
import cloud.citizen.votes.service.MyUnits;

/** A citizen's own units: a bounded list, whole. */
@Path("/v1/me/units")
public class MyUnitsResource {
    private final MyUnits myUnits;
    private final CurrentCaller caller;

    public MyUnitsResource(VotesComponents components, CurrentCaller caller) {
        this.myUnits = components.myUnits();
        this.caller = caller;
    }

    @GET
    public Page<MyUnitResponse> list() {
        return new Page<>(myUnits.of(caller.get()).stream().map(MyUnitResponse::of).toList(), null);
    }
}
