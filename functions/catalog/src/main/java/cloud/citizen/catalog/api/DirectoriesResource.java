package cloud.citizen.catalog.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import cloud.citizen.catalog.CatalogComponents;
import cloud.citizen.catalog.api.CatalogResponses.DepartmentResponse;
import cloud.citizen.catalog.api.CatalogResponses.DistrictResponse;
import cloud.citizen.platform.auth.Public;
import cloud.citizen.platform.paging.Page;

/** Departments and districts: bounded lists (61 and 22), so they come whole with {@code nextCursor: null}. */
@Path("/v1")
@Public
public class DirectoriesResource {
    private final CatalogComponents catalog;

    public DirectoriesResource(CatalogComponents catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("/departments")
    public Page<DepartmentResponse> departments() {
        return new Page<>(catalog.search().departments(), null).map(DepartmentResponse::of);
    }

    @GET
    @Path("/districts")
    public Page<DistrictResponse> districts() {
        return new Page<>(catalog.search().districts(), null).map(DistrictResponse::of);
    }
}
