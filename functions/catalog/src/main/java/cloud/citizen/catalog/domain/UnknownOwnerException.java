package cloud.citizen.catalog.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** A service must belong to a department or district the catalog knows (400, like any bad field). */
@ErrorDoc(status = 400, code = "VALIDATION_FAILED", meaning = "No such department or district", hint = "Pick a department or district from GET /v1/departments or /v1/districts.")
public final class UnknownOwnerException extends Refusal {
    public static final String CODE = "VALIDATION_FAILED";

    public UnknownOwnerException(Owner owner) {
        super(400, CODE, (owner.isDepartment() ? "departmentId: no department " : "districtId: no district ")
                + owner.id() + ".");
    }
}
