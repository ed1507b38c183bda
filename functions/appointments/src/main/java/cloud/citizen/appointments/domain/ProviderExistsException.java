package cloud.citizen.appointments.domain;

/** A provider with this id already exists. */
public final class ProviderExistsException extends AppointmentRefusal {

    public ProviderExistsException() {
        super(409, "PROVIDER_EXISTS", "Provider exists", "A provider with this id already exists.");
    }
}
