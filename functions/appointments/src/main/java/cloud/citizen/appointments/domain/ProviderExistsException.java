package cloud.citizen.appointments.domain;

import cloud.citizen.platform.problem.Refusal;

/** A provider with this id already exists. */
public final class ProviderExistsException extends Refusal {

    public ProviderExistsException() {
        super(409, "PROVIDER_EXISTS", "Provider exists", "A provider with this id already exists.");
    }
}
