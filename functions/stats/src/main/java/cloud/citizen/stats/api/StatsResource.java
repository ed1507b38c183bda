package cloud.citizen.stats.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import cloud.citizen.platform.auth.Allow;
import cloud.citizen.platform.auth.Public;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.stats.StatsComponents;
import cloud.citizen.stats.api.StatsResponses.DayResponse;
import cloud.citizen.stats.api.StatsResponses.OverviewResponse;

/** The platform in numbers: a public overview, and day-by-day figures for staff and admins. */
@Path("/v1/stats")
public class StatsResource {
    @Inject
    StatsComponents components;

    @GET
    @Path("/overview")
    @Public
    public OverviewResponse overview() {
        return OverviewResponse.of(components.overview().current());
    }

    @GET
    @Path("/daily")
    @Allow({ Role.STAFF, Role.ADMIN })
    public Page<DayResponse> daily(@QueryParam("from") String from, @QueryParam("to") String to) {
        var days = components.dailyStats().between(StatsValidation.range(from, to));
        return new Page<>(days.stream().map(DayResponse::of).toList(), null);
    }
}
