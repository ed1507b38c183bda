package cloud.citizen.appointments.api;

import java.net.URI;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.api.AppointmentsRequests.BookingRequest;
import cloud.citizen.appointments.api.AppointmentsRequests.CheckInRequest;
import cloud.citizen.appointments.api.AppointmentsResponses.AppointmentResponse;
import cloud.citizen.platform.auth.Allow;
import cloud.citizen.platform.auth.CurrentCaller;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** Booking, listing and cancelling one's appointments; staff check people in. */
@Path("/v1/appointments")
public class AppointmentsResource {
    private final AppointmentsComponents components;
    private final CurrentCaller caller;

    public AppointmentsResource(AppointmentsComponents components, CurrentCaller caller) {
        this.components = components;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(BookingRequest request) {
        var appointment = components.booking().book(caller.get(), AppointmentsValidation.slotId(request));
        return Response.created(URI.create("/v1/appointments/" + appointment.appointmentId()))
                .entity(AppointmentResponse.of(appointment)).build();
    }

    @GET
    public Page<AppointmentResponse> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return components.myAppointments().list(caller.get(), PageRequest.of(limit, cursor)).map(AppointmentResponse::of);
    }

    @DELETE
    @Path("/{appointmentId}")
    public Response cancel(@PathParam("appointmentId") String appointmentId) {
        components.cancellation().cancel(caller.get(), appointmentId);
        return Response.noContent().build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{appointmentId}/check-in")
    @Allow({ Role.STAFF, Role.ADMIN })
    public AppointmentResponse checkIn(@PathParam("appointmentId") String appointmentId, CheckInRequest request) {
        return AppointmentResponse.of(components.checkIn().checkIn(caller.get(), appointmentId, AppointmentsValidation.code(request)));
    }
}
