package cloud.citizen.appointments.service;

import java.time.Clock;

import cloud.citizen.appointments.domain.AppointmentCancelledException;
import cloud.citizen.appointments.domain.Appointment;
import cloud.citizen.appointments.domain.AppointmentNotFoundException;
import cloud.citizen.appointments.domain.AppointmentStatus;
import cloud.citizen.appointments.domain.BadCodeException;
import cloud.citizen.appointments.domain.BookingCodes;
import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.problem.ProblemException;

/**
 * Staff at the desk check a person in with the code the person shows. Only staff serving the
 * provider's community (and admins) may; checking in twice with the right code is harmless.
 */
public final class CheckIn {
    private final AppointmentLedger ledger;
    private final Clock clock;

    public CheckIn(AppointmentLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    public Appointment checkIn(Caller staff, String appointmentId, String code) {
        Appointment appointment = ledger.find(appointmentId).orElseThrow(AppointmentNotFoundException::new);
        if (!staff.serves(appointment.communityId())) {
            throw ProblemException.forbidden("You do not serve the community of this appointment's provider.");
        }
        if (appointment.status() == AppointmentStatus.CANCELLED) {
            throw new AppointmentCancelledException();
        }
        if (!BookingCodes.matches(appointment.code(), code)) {
            throw new BadCodeException();
        }
        if (appointment.status() == AppointmentStatus.BOOKED && !ledger.checkIn(appointment, clock.instant())) {
            // cancelled or checked in between our read and write: report what it is now
            Appointment current = ledger.find(appointmentId).orElseThrow(AppointmentNotFoundException::new);
            if (current.status() == AppointmentStatus.CANCELLED) {
                throw new AppointmentCancelledException();
            }
        }
        return appointment.withStatus(AppointmentStatus.CHECKED_IN);
    }
}
