package cloud.citizen.catalog.api;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cloud.citizen.apidocs.Refuses;
import cloud.citizen.catalog.CatalogComponents;
import cloud.citizen.catalog.api.CatalogRequests.DecisionRequest;
import cloud.citizen.catalog.api.CatalogRequests.SubmissionRequest;
import cloud.citizen.catalog.api.CatalogResponses.SubmissionResponse;
import cloud.citizen.catalog.domain.AlreadyDecidedException;
import cloud.citizen.catalog.domain.SubmissionNotFoundException;
import cloud.citizen.catalog.domain.UnknownOwnerException;
import cloud.citizen.platform.auth.Allow;
import cloud.citizen.platform.auth.CurrentCaller;
import cloud.citizen.platform.auth.Role;

/** Services proposed by citizens and organisations; admins decide; the submitter follows the status. */
@Path("/v1/service-submissions")
public class SubmissionsResource {
    private final CatalogComponents catalog;
    private final CurrentCaller caller;

    public SubmissionsResource(CatalogComponents catalog, CurrentCaller caller) {
        this.catalog = catalog;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created")
    public Response submit(SubmissionRequest request) {
        var submission = catalog.submissions().submit(caller.get().userId(), CatalogValidation.proposal(request));
        return Response.created(URI.create("/v1/service-submissions/" + submission.submissionId()))
                .entity(SubmissionResponse.of(submission)).build();
    }

    @GET
    @Path("/{submissionId}")
    @Refuses(SubmissionNotFoundException.class)
    public SubmissionResponse get(@PathParam("submissionId") String submissionId) {
        var who = caller.get();
        return SubmissionResponse.of(catalog.submissions().view(CatalogValidation.pathId("submissionId", submissionId), who.userId(), who.has(Role.ADMIN)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(Role.ADMIN)
    @Path("/{submissionId}/decision")
    @Refuses(SubmissionNotFoundException.class)
    @Refuses(AlreadyDecidedException.class)
    @Refuses(UnknownOwnerException.class)
    public SubmissionResponse decide(@PathParam("submissionId") String submissionId, DecisionRequest request) {
        return SubmissionResponse.of(catalog.submissions().decide(CatalogValidation.pathId("submissionId", submissionId), CatalogValidation.decision(request)));
    }
}
