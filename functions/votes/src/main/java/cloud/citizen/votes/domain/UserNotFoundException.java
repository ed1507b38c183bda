package cloud.citizen.votes.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** No such user in votes' user directory (fed by accounts' events). */
@ErrorDoc(status = 404, code = "USER_NOT_FOUND", meaning = "No such user", hint = "Staff: check the user id.")
public final class UserNotFoundException extends Refusal {
    public UserNotFoundException(String detail) {
        super(404, "USER_NOT_FOUND", detail);
    }
}
