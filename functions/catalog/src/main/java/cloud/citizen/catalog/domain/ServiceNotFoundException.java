package cloud.citizen.catalog.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

@ErrorDoc(status = 404, code = "SERVICE_NOT_FOUND", meaning = "No such service", hint = "Reload the catalog.")
public final class ServiceNotFoundException extends Refusal {
    public static final String CODE = "SERVICE_NOT_FOUND";

    public ServiceNotFoundException(String serviceId) {
        super(404, CODE, "No service " + serviceId + ".");
    }
}
