package cloud.citizen.votes.domain;

import cloud.citizen.platform.problem.Refusal;

/** No such user in votes' user directory (fed by accounts' events). */
public final class UserNotFoundException extends Refusal {
    public UserNotFoundException(String detail) {
        super(404, "USER_NOT_FOUND", detail);
    }
}
