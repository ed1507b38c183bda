package cloud.citizen.appointments.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cloud.citizen.apidocs.Refuses;
import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.api.AppointmentsRequests.ProviderRequest;
import cloud.citizen.appointments.api.AppointmentsResponses.ProviderResponse;
import cloud.citizen.appointments.domain.ProviderExistsException;
import cloud.citizen.platform.auth.Allow;
import cloud.citizen.platform.auth.Public;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** Hospital departments and vaccination sites: anyone may list them; admins register them. */
@Path("/v1/appointment-providers")
public class ProvidersResource {
    private final AppointmentsComponents components;

    public ProvidersResource(AppointmentsComponents components) {
        this.components = components;
    }

    @GET
    @Public
    public Page<ProviderResponse> list(@QueryParam("type") String type, @QueryParam("district") String district,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return components.providers().list(AppointmentsValidation.type(type), AppointmentsValidation.district(district),
                PageRequest.of(limit, cursor)).map(ProviderResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(Role.ADMIN)
    @APIResponse(responseCode = "201", description = "Created")
    @Refuses(ProviderExistsException.class)
    public Response register(ProviderRequest request) {
        var provider = components.providers().register(AppointmentsValidation.provider(request));
        return Response.status(201).entity(ProviderResponse.of(provider)).build();
    }
}
