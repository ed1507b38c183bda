package cloud.citizen.surveys.api;

import java.net.URI;
import java.time.Instant;

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
import cloud.citizen.platform.auth.Allow;
import cloud.citizen.platform.auth.CurrentCaller;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;
import cloud.citizen.surveys.SurveysComponents;
import cloud.citizen.surveys.api.SurveysRequests.CreateSurveyRequest;
import cloud.citizen.surveys.api.SurveysRequests.ResponseRequest;
import cloud.citizen.surveys.api.SurveysResponses.ExportAccepted;
import cloud.citizen.surveys.api.SurveysResponses.ResponseCreated;
import cloud.citizen.surveys.api.SurveysResponses.ResultsView;
import cloud.citizen.surveys.api.SurveysResponses.SurveySummary;
import cloud.citizen.surveys.api.SurveysResponses.SurveyView;
import cloud.citizen.surveys.domain.AlreadyRespondedException;
import cloud.citizen.surveys.domain.InvalidAnswersException;
import cloud.citizen.surveys.domain.InvalidSurveyException;
import cloud.citizen.surveys.domain.NotYourCommunityException;
import cloud.citizen.surveys.domain.RealNameRequiredException;
import cloud.citizen.surveys.domain.SurveyFullException;
import cloud.citizen.surveys.domain.SurveyNotFoundException;
import cloud.citizen.surveys.domain.SurveyNotOpenException;

/** Staff publish surveys, see live results and ask for exports; every signed-in person reads and answers them. */
@Path("/v1/surveys")
public class SurveysResource {
    private final SurveysComponents surveys;
    private final CurrentCaller caller;

    public SurveysResource(SurveysComponents surveys, CurrentCaller caller) {
        this.surveys = surveys;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({ Role.STAFF, Role.ADMIN })
    @APIResponse(responseCode = "201", description = "Created")
    @Refuses(InvalidSurveyException.class)
    @Refuses(NotYourCommunityException.class)
    public Response create(CreateSurveyRequest request) {
        var survey = surveys.design().create(caller.get(), SurveysValidation.draft(request));
        return Response.created(URI.create("/v1/surveys/" + survey.surveyId()))
                .entity(SurveyView.of(survey, Instant.now())).build();
    }

    @GET
    public Page<SurveySummary> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Instant now = Instant.now();
        return surveys.browsing().list(PageRequest.of(limit, cursor)).map(survey -> SurveySummary.of(survey, now));
    }

    @GET
    @Path("/{surveyId}")
    @Refuses(SurveyNotFoundException.class)
    public SurveyView get(@PathParam("surveyId") String surveyId) {
        return SurveyView.of(surveys.browsing().get(SurveysValidation.id("surveyId", surveyId)), Instant.now());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{surveyId}/responses")
    @APIResponse(responseCode = "201", description = "Created")
    @Refuses(SurveyNotFoundException.class)
    @Refuses(InvalidAnswersException.class)
    @Refuses(AlreadyRespondedException.class)
    @Refuses(SurveyNotOpenException.class)
    @Refuses(SurveyFullException.class)
    @Refuses(RealNameRequiredException.class)
    public Response respond(@PathParam("surveyId") String surveyId, ResponseRequest request) {
        String responseId = surveys.responding().submit(caller.get(), SurveysValidation.id("surveyId", surveyId), SurveysValidation.answers(request));
        return Response.status(201).entity(new ResponseCreated(responseId)).build();
    }

    @GET
    @Path("/{surveyId}/results")
    @Allow({ Role.STAFF, Role.ADMIN })
    @Refuses(SurveyNotFoundException.class)
    @Refuses(NotYourCommunityException.class)
    public ResultsView results(@PathParam("surveyId") String surveyId) {
        return ResultsView.of(surveys.results().of(caller.get(), SurveysValidation.id("surveyId", surveyId)));
    }

    @POST
    @Path("/{surveyId}/exports")
    @Allow({ Role.STAFF, Role.ADMIN })
    @APIResponse(responseCode = "202", description = "Accepted")
    @Refuses(SurveyNotFoundException.class)
    @Refuses(NotYourCommunityException.class)
    public Response export(@PathParam("surveyId") String surveyId) {
        var job = surveys.exports().request(caller.get(), SurveysValidation.id("surveyId", surveyId));
        return Response.accepted(new ExportAccepted(job.exportId(), job.surveyId(), job.status().wireName()))
                .location(URI.create("/v1/exports/" + job.exportId())).build();
    }
}
