package cloud.citizen.catalog.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

@ErrorDoc(status = 409, code = "SERVICE_EXISTS", meaning = "A service with this id exists", hint = "Admin: pick another id or update the service.")
public final class ServiceExistsException extends Refusal {
    public static final String CODE = "SERVICE_EXISTS";

    public ServiceExistsException(String serviceId) {
        super(409, CODE, "Service " + serviceId + " exists already.");
    }
}
