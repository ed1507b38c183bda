package cloud.citizen.appointments.api;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cloud.citizen.apidocs.Refuses;
import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.api.AppointmentsResponses.WaitlistResponse;
import cloud.citizen.appointments.domain.AlreadyWaitingException;
import cloud.citizen.appointments.domain.SlotClosedException;
import cloud.citizen.appointments.domain.SlotNotFoundException;
import cloud.citizen.appointments.domain.SlotNotFullException;
import cloud.citizen.platform.auth.CurrentCaller;

/** Queue up for a full slot: a seat freed by a cancellation goes to the first in line. */
@Path("/v1/slots/{slotId}/waitlist")
public class WaitlistResource {
    private final AppointmentsComponents components;
    private final CurrentCaller caller;

    public WaitlistResource(AppointmentsComponents components, CurrentCaller caller) {
        this.components = components;
        this.caller = caller;
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created")
    @Refuses(SlotNotFoundException.class)
    @Refuses(SlotNotFullException.class)
    @Refuses(AlreadyWaitingException.class)
    @Refuses(SlotClosedException.class)
    public Response join(@PathParam("slotId") String slotId) {
        int position = components.waitlisting().join(caller.get(), slotId);
        return Response.status(201).entity(new WaitlistResponse(slotId, position)).build();
    }
}
