package cloud.citizen.surveys.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import cloud.citizen.apidocs.Refuses;
import cloud.citizen.platform.auth.CurrentCaller;
import cloud.citizen.surveys.SurveysComponents;
import cloud.citizen.surveys.api.SurveysResponses.ExportStatusView;
import cloud.citizen.surveys.domain.ExportNotFoundException;

/** The staff member who asked for an export (or an admin) follows it and downloads it when ready. */
@Path("/v1/exports")
public class ExportsResource {
    private final SurveysComponents surveys;
    private final CurrentCaller caller;

    public ExportsResource(SurveysComponents surveys, CurrentCaller caller) {
        this.surveys = surveys;
        this.caller = caller;
    }

    @GET
    @Path("/{exportId}")
    @Refuses(ExportNotFoundException.class)
    public ExportStatusView get(@PathParam("exportId") String exportId) {
        return ExportStatusView.of(surveys.exports().status(caller.get(), SurveysValidation.id("exportId", exportId)));
    }
}
