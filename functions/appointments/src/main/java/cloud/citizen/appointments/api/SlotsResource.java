package cloud.citizen.appointments.api;

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
import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.api.AppointmentsRequests.ScheduleRequest;
import cloud.citizen.appointments.api.AppointmentsResponses.SlotResponse;
import cloud.citizen.appointments.api.AppointmentsResponses.SlotsResponse;
import cloud.citizen.appointments.domain.CityTime;
import cloud.citizen.appointments.domain.ProviderNotFoundException;
import cloud.citizen.appointments.domain.SlotOverlapException;
import cloud.citizen.platform.auth.Allow;
import cloud.citizen.platform.auth.CurrentCaller;
import cloud.citizen.platform.auth.Public;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** A provider's slots: anyone may list a day's (with free seats); its community's staff publish them. */
@Path("/v1/appointment-providers/{providerId}/slots")
public class SlotsResource {
    private final AppointmentsComponents components;
    private final CurrentCaller caller;

    public SlotsResource(AppointmentsComponents components, CurrentCaller caller) {
        this.components = components;
        this.caller = caller;
    }

    /** {@code ?date=} defaults to today (city time). */
    @GET
    @Public
    @Refuses(ProviderNotFoundException.class)
    public Page<SlotResponse> list(@PathParam("providerId") String providerId, @QueryParam("date") String date,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        var day = AppointmentsValidation.date(date).orElseGet(() -> CityTime.dateOf(components.clock().instant()));
        return components.slotPlanning().list(providerId, day, PageRequest.of(limit, cursor)).map(SlotResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({ Role.STAFF, Role.ADMIN })
    @APIResponse(responseCode = "201", description = "Created")
    @Refuses(ProviderNotFoundException.class)
    @Refuses(SlotOverlapException.class)
    public Response publish(@PathParam("providerId") String providerId, ScheduleRequest request) {
        var slots = components.slotPlanning().publish(caller.get(), providerId, AppointmentsValidation.schedule(request));
        return Response.status(201).entity(new SlotsResponse(slots.stream().map(SlotResponse::of).toList())).build();
    }
}
