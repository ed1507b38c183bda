package cloud.citizen.votes.api;

import java.net.URI;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cloud.citizen.apidocs.Refuses;
import cloud.citizen.platform.auth.CurrentCaller;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;
import cloud.citizen.votes.VotesComponents;
import cloud.citizen.votes.api.VotesRequests.ElectionRequest;
import cloud.citizen.votes.api.VotesResponses.ElectionResponse;
import cloud.citizen.votes.domain.Election;
import cloud.citizen.votes.domain.InvalidElectionException;
import cloud.citizen.votes.domain.NotAllowedException;

/** Staff create a community's motions and elections; owners and staff list them. */
@Path("/v1/communities/{communityId}/elections")
public class CommunityElectionsResource {
    private final VotesComponents components;
    private final CurrentCaller caller;

    public CommunityElectionsResource(VotesComponents components, CurrentCaller caller) {
        this.components = components;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created")
    @Refuses(InvalidElectionException.class)
    @Refuses(NotAllowedException.class)
    public Response create(@PathParam("communityId") String communityId, ElectionRequest request) {
        Election election = components.electionSetup().create(caller.get(), VotesValidation.id("communityId", communityId),
                VotesValidation.election(request));
        return Response.created(URI.create("/v1/elections/" + election.electionId()))
                .entity(ElectionResponse.of(election, Optional.empty())).build();
    }

    @GET
    @Refuses(NotAllowedException.class)
    public Page<ElectionResponse> list(@PathParam("communityId") String communityId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        var elections = components.electionViews().list(caller.get(), VotesValidation.id("communityId", communityId),
                page.limit(), page.cursor());
        return new Page<>(elections.items().stream().map(e -> ElectionResponse.of(e, Optional.empty())).toList(),
                elections.nextCursor());
    }
}
