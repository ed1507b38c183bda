package cloud.citizen.bills.domain;

import cloud.citizen.platform.problem.Refusal;

/**
 * A bills operation refused for a reason the client can act on; each subclass carries the stable
 * code of API.md and its HTTP status, and the platform maps it to problem+json. Details never
 * contain account numbers, amounts of other people's bills or secrets.
 */
public abstract class BillsRefusal extends Refusal {

    protected BillsRefusal(int status, String code, String title, String detail) {
        super(status, code, title, detail);
    }
}
