package cloud.citizen.topics.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cloud.citizen.apidocs.Refuses;
import cloud.citizen.platform.auth.CurrentCaller;
import cloud.citizen.topics.TopicsComponents;
import cloud.citizen.topics.api.TopicsRequests.UploadRequest;
import cloud.citizen.topics.api.TopicsResponses.UploadResponse;
import cloud.citizen.topics.domain.ImageTooLargeException;
import cloud.citizen.topics.domain.UnsupportedImageTypeException;

/** Signed upload links for post images. */
@Path("/v1/uploads")
public class UploadsResource {
    private final TopicsComponents components;
    private final CurrentCaller caller;

    public UploadsResource(TopicsComponents components, CurrentCaller caller) {
        this.components = components;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created")
    @Refuses(UnsupportedImageTypeException.class)
    @Refuses(ImageTooLargeException.class)
    public Response issue(UploadRequest request) {
        UploadRequest body = TopicsValidation.upload(request);
        return Response.status(201).entity(UploadResponse.of(components.issueUpload().issue(caller.get(),
                body.contentType(), body.sizeBytes()))).build();
    }
}
