package cloud.citizen.platform.auth;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import cloud.citizen.platform.problem.ProblemException;

/** The caller of the current request, set by {@link AccessFilter} before the resource runs. */
@RequestScoped
public class CurrentCaller {
    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Optional<Caller> maybe() {
        return Optional.ofNullable(caller);
    }

    public Caller get() {
        if (caller == null) {
            throw ProblemException.unauthenticated("A valid access token is required.");
        }
        return caller;
    }
}
