package cloud.citizen.appointments.domain;

import cloud.citizen.platform.problem.Refusal;

/**
 * An appointments operation refused for a reason the client can act on. Each subclass is one way of
 * being refused, with the API's stable code and HTTP status; the platform maps every {@link Refusal}
 * to problem+json. Details never carry booking codes or personal data: they reach clients and logs.
 */
public abstract class AppointmentRefusal extends Refusal {

    protected AppointmentRefusal(int status, String code, String title, String detail) {
        super(status, code, title, detail);
    }
}
