package cloud.citizen.votes.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cloud.citizen.apidocs.Refuses;
import cloud.citizen.platform.auth.CurrentCaller;
import cloud.citizen.platform.auth.Public;
import cloud.citizen.votes.VotesComponents;
import cloud.citizen.votes.api.VotesRequests.BallotRequest;
import cloud.citizen.votes.api.VotesResponses.DownloadResponse;
import cloud.citizen.votes.api.VotesResponses.ElectionResponse;
import cloud.citizen.votes.api.VotesResponses.IncludedResponse;
import cloud.citizen.votes.api.VotesResponses.ReceiptResponse;
import cloud.citizen.votes.api.VotesResponses.ResultsResponse;
import cloud.citizen.votes.domain.AlreadyVotedException;
import cloud.citizen.votes.domain.ElectionNotClosedException;
import cloud.citizen.votes.domain.ElectionNotFoundException;
import cloud.citizen.votes.domain.ElectionNotOpenException;
import cloud.citizen.votes.domain.InvalidBallotException;
import cloud.citizen.votes.domain.NotAllowedException;
import cloud.citizen.votes.domain.NotUnitOwnerException;
import cloud.citizen.votes.domain.ReceiptNotFoundException;

/** One election: details and turnout, ballots, closing, results, receipts and the audit link. */
@Path("/v1/elections/{electionId}")
public class ElectionsResource {
    private final VotesComponents components;
    private final CurrentCaller caller;

    public ElectionsResource(VotesComponents components, CurrentCaller caller) {
        this.components = components;
        this.caller = caller;
    }

    @GET
    @Refuses(ElectionNotFoundException.class)
    @Refuses(NotAllowedException.class)
    public ElectionResponse show(@PathParam("electionId") String electionId) {
        var view = components.electionViews().show(caller.get(), VotesValidation.id("electionId", electionId));
        return ElectionResponse.of(view.election(), view.turnout());
    }

    @POST
    @Path("/ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created")
    @Refuses(ElectionNotFoundException.class)
    @Refuses(NotUnitOwnerException.class)
    @Refuses(AlreadyVotedException.class)
    @Refuses(ElectionNotOpenException.class)
    @Refuses(InvalidBallotException.class)
    public Response cast(@PathParam("electionId") String electionId, BallotRequest request) {
        BallotRequest ballot = VotesValidation.ballot(request);
        String receipt = components.voting().cast(caller.get(), VotesValidation.id("electionId", electionId), ballot.unitId(), ballot.choices());
        return Response.status(201).entity(new ReceiptResponse(receipt)).build();
    }

    @POST
    @Path("/close")
    @Refuses(ElectionNotFoundException.class)
    @Refuses(ElectionNotOpenException.class)
    @Refuses(NotAllowedException.class)
    public ResultsResponse close(@PathParam("electionId") String electionId) {
        return ResultsResponse.of(components.closing().close(caller.get(), VotesValidation.id("electionId", electionId)));
    }

    @GET
    @Path("/results")
    @Refuses(ElectionNotFoundException.class)
    @Refuses(ElectionNotClosedException.class)
    @Refuses(NotAllowedException.class)
    public ResultsResponse results(@PathParam("electionId") String electionId) {
        return ResultsResponse.of(components.records().results(caller.get(), VotesValidation.id("electionId", electionId)));
    }

    @GET
    @Path("/receipts/{receipt}")
    @Public
    @Refuses(ReceiptNotFoundException.class)
    public IncludedResponse receipt(@PathParam("electionId") String electionId, @PathParam("receipt") String receipt) {
        if (!components.records().counted(VotesValidation.id("electionId", electionId), receipt)) {
            throw new ReceiptNotFoundException("No counted ballot of this election has that receipt.");
        }
        return new IncludedResponse(true);
    }

    @GET
    @Path("/audit")
    @Refuses(ElectionNotFoundException.class)
    @Refuses(ElectionNotClosedException.class)
    @Refuses(NotAllowedException.class)
    public DownloadResponse audit(@PathParam("electionId") String electionId) {
        return new DownloadResponse(components.records().auditLink(caller.get(), VotesValidation.id("electionId", electionId)).toString(), 300);
    }
}
