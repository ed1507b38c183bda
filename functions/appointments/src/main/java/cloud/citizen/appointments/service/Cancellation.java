package cloud.citizen.appointments.service;

import java.time.Clock;
import java.time.Instant;

import cloud.citizen.appointments.domain.AlreadyCheckedInException;
import cloud.citizen.appointments.domain.Appointment;
import cloud.citizen.appointments.domain.AppointmentNotFoundException;
import cloud.citizen.appointments.domain.AppointmentStatus;
import cloud.citizen.appointments.domain.CancellationPolicy;
import cloud.citizen.platform.auth.Caller;

/**
 * Cancelling frees the seat in the same transaction. If people wait for the slot, the seat is not
 * put back on the counter (where anyone pressing "book" could take it first) but handed to the
 * waitlist consumer, which books the first in line. Whether anyone waits is read before: a stale
 * read only decides which of the two safe paths the seat takes.
 */
public final class Cancellation {
    private final AppointmentLedger ledger;
    private final Waitlist waitlist;
    private final Clock clock;

    public Cancellation(AppointmentLedger ledger, Waitlist waitlist, Clock clock) {
        this.ledger = ledger;
        this.waitlist = waitlist;
        this.clock = clock;
    }

    /** Cancelling a cancelled appointment again changes nothing and succeeds (DELETE is idempotent). */
    public void cancel(Caller caller, String appointmentId) {
        Appointment appointment = ledger.find(appointmentId).filter(a -> AppointmentAccess.mayManage(caller, a))
                .orElseThrow(AppointmentNotFoundException::new);
        if (appointment.status() == AppointmentStatus.CANCELLED) {
            return;
        }
        if (appointment.status() == AppointmentStatus.CHECKED_IN) {
            throw new AlreadyCheckedInException();
        }
        Instant now = clock.instant();
        boolean byTheCitizen = AppointmentAccess.owns(caller, appointment) && !caller.serves(appointment.communityId());
        CancellationPolicy.check(appointment, now, byTheCitizen);
        SeatRelease release = waitlist.anyoneWaiting(appointment.slotId()) ? SeatRelease.HAND_OVER_TO_WAITLIST
                : SeatRelease.FREE;
        if (!ledger.cancel(appointment, now, release)) {
            // changed under us: cancelled twice at once is fine, checked in meanwhile is not
            Appointment current = ledger.find(appointmentId).orElseThrow(AppointmentNotFoundException::new);
            if (current.status() == AppointmentStatus.CHECKED_IN) {
                throw new AlreadyCheckedInException();
            }
        }
    }
}
