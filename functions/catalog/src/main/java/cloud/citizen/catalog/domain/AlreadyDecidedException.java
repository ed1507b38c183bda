package cloud.citizen.catalog.domain;

import cloud.citizen.platform.problem.Refusal;

public final class AlreadyDecidedException extends Refusal {
    public static final String CODE = "ALREADY_DECIDED";

    public AlreadyDecidedException() {
        super(409, CODE, "This submission has already been decided.");
    }
}
