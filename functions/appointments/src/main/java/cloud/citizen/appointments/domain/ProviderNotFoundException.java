package cloud.citizen.appointments.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** No provider with this id. */
@ErrorDoc(status = 404, code = "PROVIDER_NOT_FOUND", meaning = "No such appointment provider", hint = "Reload the provider list.")
public final class ProviderNotFoundException extends Refusal {

    public ProviderNotFoundException() {
        super(404, "PROVIDER_NOT_FOUND", "Provider not found", "There is no appointment provider with this id.");
    }
}
