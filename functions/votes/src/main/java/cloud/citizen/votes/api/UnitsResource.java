package cloud.citizen.votes.api;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cloud.citizen.apidocs.Refuses;
import cloud.citizen.platform.auth.Allow;
import cloud.citizen.platform.auth.CurrentCaller;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;
import cloud.citizen.votes.VotesComponents;
import cloud.citizen.votes.api.VotesRequests.OwnerRequest;
import cloud.citizen.votes.api.VotesRequests.UnitRequest;
import cloud.citizen.votes.api.VotesResponses.LoadedResponse;
import cloud.citizen.votes.api.VotesResponses.OwnerResponse;
import cloud.citizen.votes.api.VotesResponses.UnitResponse;
import cloud.citizen.votes.domain.DeveloperRepresentativeTakenException;
import cloud.citizen.votes.domain.NotAllowedException;
import cloud.citizen.votes.domain.OwnerNotFoundException;
import cloud.citizen.votes.domain.RealNameRequiredException;
import cloud.citizen.votes.domain.RosterFrozenException;
import cloud.citizen.votes.domain.RowsRejectedException;
import cloud.citizen.votes.domain.UnitNotFoundException;
import cloud.citizen.votes.domain.UserNotFoundException;
import cloud.citizen.votes.service.RosterAdministration;

/** Staff load a community's units and bind or remove their owners. */
@Path("/v1/communities/{communityId}/units")
@Allow({ Role.STAFF, Role.ADMIN })
public class UnitsResource {
    private final RosterAdministration roster;
    private final CurrentCaller caller;

    public UnitsResource(VotesComponents components, CurrentCaller caller) {
        this.roster = components.rosterAdministration();
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created")
    @Refuses(RowsRejectedException.class)
    @Refuses(RosterFrozenException.class)
    @Refuses(NotAllowedException.class)
    public Response load(@PathParam("communityId") String communityId, List<UnitRequest> rows) {
        int loaded = roster.load(caller.get(), VotesValidation.id("communityId", communityId), VotesValidation.units(rows));
        return Response.status(201).entity(new LoadedResponse(communityId, loaded)).build();
    }

    @GET
    @Refuses(NotAllowedException.class)
    public Page<UnitResponse> list(@PathParam("communityId") String communityId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        var units = roster.list(caller.get(), VotesValidation.id("communityId", communityId), page.limit(), page.cursor());
        return new Page<>(units.items().stream().map(UnitResponse::of).toList(), units.nextCursor());
    }

    @POST
    @Path("/{unitId}/owners")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created")
    @Refuses(UnitNotFoundException.class)
    @Refuses(UserNotFoundException.class)
    @Refuses(RealNameRequiredException.class)
    @Refuses(DeveloperRepresentativeTakenException.class)
    @Refuses(NotAllowedException.class)
    public Response bind(@PathParam("communityId") String communityId, @PathParam("unitId") String unitId,
            OwnerRequest request) {
        String userId = VotesValidation.ownerId(request);
        roster.bindOwner(caller.get(), VotesValidation.id("communityId", communityId), unitId, userId);
        return Response.created(URI.create("/v1/communities/" + communityId + "/units/" + unitId + "/owners/" + userId))
                .entity(new OwnerResponse(communityId, unitId, userId)).build();
    }

    @DELETE
    @Path("/{unitId}/owners/{userId}")
    @APIResponse(responseCode = "204", description = "No content")
    @Refuses(UnitNotFoundException.class)
    @Refuses(OwnerNotFoundException.class)
    @Refuses(NotAllowedException.class)
    public Response remove(@PathParam("communityId") String communityId, @PathParam("unitId") String unitId,
            @PathParam("userId") String userId) {
        roster.removeOwner(caller.get(), VotesValidation.id("communityId", communityId), unitId, userId);
        return Response.noContent().build();
    }
}
