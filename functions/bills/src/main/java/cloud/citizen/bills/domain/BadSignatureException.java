package cloud.citizen.bills.domain;

import cloud.citizen.platform.problem.Refusal;

/** A callback that is forged, altered or replayed outside the timestamp tolerance. */
public final class BadSignatureException extends Refusal {

    public BadSignatureException() {
        super(401, "BAD_SIGNATURE", "Bad signature", "The callback signature or timestamp is not valid.");
    }
}
