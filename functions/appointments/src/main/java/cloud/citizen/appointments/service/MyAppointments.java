package cloud.citizen.appointments.service;

import cloud.citizen.appointments.domain.Appointment;
import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** A citizen's own appointments, whatever their status. */
public final class MyAppointments {
    private final AppointmentLedger ledger;

    public MyAppointments(AppointmentLedger ledger) {
        this.ledger = ledger;
    }

    public Page<Appointment> list(Caller caller, PageRequest page) {
        return ledger.ofUser(caller.userId(), page);
    }
}
