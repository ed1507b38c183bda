package cloud.citizen.accounts.domain;

import cloud.citizen.platform.problem.Refusal;

/**
 * A domain operation of the accounts capability was refused for a reason the client can act on.
 * Each subclass is one way of being refused, with the API's stable error code and HTTP status;
 * the platform's plain-Java {@link Refusal} is what its one problem+json mapper knows.
 *
 * <p>No stack trace is captured: refusals are expected outcomes (a wrong password is not a bug),
 * and a login storm should not pay for thousands of stack walks. Details never contain phone or ID
 * numbers, passwords or codes, because they are returned to clients and may be logged.
 */
public abstract class AccountRefusal extends Refusal {

    protected AccountRefusal(String code, int status, String title, String detail) {
        super(status, code, title, detail);
    }
}
