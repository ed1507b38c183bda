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

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cloud.citizen.apidocs.Refuses;
import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.api.AppointmentsRequests.BookingRequest;
import cloud.citizen.appointments.api.AppointmentsRequests.CheckInRequest;
import cloud.citizen.appointments.api.AppointmentsResponses.AppointmentResponse;
import cloud.citizen.appointments.domain.AlreadyBookedException;
import cloud.citizen.appointments.domain.AlreadyCheckedInException;
import cloud.citizen.appointments.domain.AppointmentCancelledException;
import cloud.citizen.appointments.domain.AppointmentNotFoundException;
import cloud.citizen.appointments.domain.BadCodeException;
import cloud.citizen.appointments.domain.RealNameRequiredException;
import cloud.citizen.appointments.domain.SlotBusyException;
import cloud.citizen.appointments.domain.SlotClosedException;
import cloud.citizen.appointments.domain.SlotFullException;
import cloud.citizen.appointments.domain.SlotNotFoundException;
import cloud.citizen.appointments.domain.TooLateToCancelException;
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
    @APIResponse(responseCode = "201", description = "Created")
    @Refuses(SlotNotFoundException.class)
    @Refuses(SlotFullException.class)
    @Refuses(AlreadyBookedException.class)
    @Refuses(SlotClosedException.class)
    @Refuses(RealNameRequiredException.class)
    @Refuses(SlotBusyException.class)
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
    @APIResponse(responseCode = "204", description = "No content")
    @Refuses(AppointmentNotFoundException.class)
    @Refuses(TooLateToCancelException.class)
    @Refuses(AppointmentCancelledException.class)
    public Response cancel(@PathParam("appointmentId") String appointmentId) {
        components.cancellation().cancel(caller.get(), appointmentId);
        return Response.noContent().build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{appointmentId}/check-in")
    @Allow({ Role.STAFF, Role.ADMIN })
    @Refuses(AppointmentNotFoundException.class)
    @Refuses(BadCodeException.class)
    @Refuses(AlreadyCheckedInException.class)
    @Refuses(AppointmentCancelledException.class)
    public AppointmentResponse checkIn(@PathParam("appointmentId") String appointmentId, CheckInRequest request) {
        return AppointmentResponse.of(components.checkIn().checkIn(caller.get(), appointmentId, AppointmentsValidation.code(request)));
    }
}
