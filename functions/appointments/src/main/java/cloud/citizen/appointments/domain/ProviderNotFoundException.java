package cloud.citizen.appointments.domain;

import cloud.citizen.platform.problem.Refusal;

/** No provider with this id. */
public final class ProviderNotFoundException extends Refusal {

    public ProviderNotFoundException() {
        super(404, "PROVIDER_NOT_FOUND", "Provider not found", "There is no appointment provider with this id.");
    }
}
