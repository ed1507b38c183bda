package cloud.citizen.votes.api;

import java.util.OptionalLong;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import cloud.citizen.platform.problem.FieldError;
import cloud.citizen.platform.problem.Problem;
import cloud.citizen.platform.problem.ProblemMappers;
import cloud.citizen.votes.domain.RowsRejectedException;

/** A rejected roster upload is a 422 whose {@code errors[]} has one entry per bad row. */
public class RowsRejectedMapper {

    @ServerExceptionMapper
    public Response rowsRejected(RowsRejectedException e) {
        Problem problem = new Problem("https://citizen-cloud.example/problems/invalid-units", "Request cannot be processed",
                422, e.detail(), e.code(), e.errors().stream().map(r -> new FieldError(r.field(), r.message())).toList());
        return ProblemMappers.response(problem, OptionalLong.empty());
    }
}
