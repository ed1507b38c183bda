package cloud.citizen.catalog.domain;

import cloud.citizen.platform.problem.Refusal;

public final class ServiceNotFoundException extends Refusal {
    public static final String CODE = "SERVICE_NOT_FOUND";

    public ServiceNotFoundException(String serviceId) {
        super(404, CODE, "No service " + serviceId + ".");
    }
}
