package cloud.citizen.catalog.domain;

import cloud.citizen.platform.problem.Refusal;

public final class ServiceExistsException extends Refusal {
    public static final String CODE = "SERVICE_EXISTS";

    public ServiceExistsException(String serviceId) {
        super(409, CODE, "Service " + serviceId + " exists already.");
    }
}
