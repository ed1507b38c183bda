package cloud.citizen.accounts.api;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import cloud.citizen.accounts.domain.AccountRefusal;
import cloud.citizen.platform.problem.Problem;
import cloud.citizen.platform.problem.ProblemMappers;

/** The accounts domain's refusals as problem+json; the domain itself knows nothing of HTTP. */
public class AccountRefusalMapper {

    @ServerExceptionMapper
    public Response refused(AccountRefusal refusal) {
        return ProblemMappers.response(Problem.of(refusal.status(), refusal.code(), refusal.title(), refusal.detail()),
                refusal.retryAfterSeconds());
    }
}
