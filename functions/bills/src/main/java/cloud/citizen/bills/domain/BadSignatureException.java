package cloud.citizen.bills.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** A callback that is forged, altered or replayed outside the timestamp tolerance. */
@ErrorDoc(status = 401, code = "BAD_SIGNATURE", meaning = "The callback signature or timestamp is not valid", hint = "Payment providers only: sign the raw body with the shared secret.")
public final class BadSignatureException extends Refusal {

    public BadSignatureException() {
        super(401, "BAD_SIGNATURE", "Bad signature", "The callback signature or timestamp is not valid.");
    }
}
