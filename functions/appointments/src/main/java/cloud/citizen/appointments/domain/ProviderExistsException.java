package cloud.citizen.appointments.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** A provider with this id already exists. */
@ErrorDoc(status = 409, code = "PROVIDER_EXISTS", meaning = "A provider with this id exists", hint = "Pick another id.")
public final class ProviderExistsException extends Refusal {

    public ProviderExistsException() {
        super(409, "PROVIDER_EXISTS", "Provider exists", "A provider with this id already exists.");
    }
}
