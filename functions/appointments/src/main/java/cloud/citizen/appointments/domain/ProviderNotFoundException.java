package cloud.citizen.appointments.domain;

/** No provider with this id. */
public final class ProviderNotFoundException extends AppointmentRefusal {

    public ProviderNotFoundException() {
        super(404, "PROVIDER_NOT_FOUND", "Provider not found", "There is no appointment provider with this id.");
    }
}
