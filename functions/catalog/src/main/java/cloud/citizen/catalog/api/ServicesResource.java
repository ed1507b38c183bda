package cloud.citizen.catalog.api;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cloud.citizen.apidocs.Refuses;
import cloud.citizen.catalog.CatalogComponents;
import cloud.citizen.catalog.api.CatalogRequests.ServiceRequest;
import cloud.citizen.catalog.api.CatalogResponses.ServiceResponse;
import cloud.citizen.catalog.domain.SearchQuery;
import cloud.citizen.catalog.domain.ServiceExistsException;
import cloud.citizen.catalog.domain.ServiceNotFoundException;
import cloud.citizen.catalog.domain.UnknownOwnerException;
import cloud.citizen.platform.auth.Allow;
import cloud.citizen.platform.auth.Public;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** The city's services: anyone searches and reads them; admins list and replace them. */
@Path("/v1/services")
public class ServicesResource {
    private final CatalogComponents catalog;
    private final SearchCursors cursors;

    public ServicesResource(CatalogComponents catalog, CursorCodec codec) {
        this.catalog = catalog;
        this.cursors = new SearchCursors(codec);
    }

    @GET
    @Public
    public Page<ServiceResponse> search(@QueryParam("q") String q, @QueryParam("category") String category,
            @QueryParam("department") String department, @QueryParam("district") String district,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        SearchQuery query = CatalogValidation.query(q, category, department, district);
        PageRequest page = PageRequest.of(limit, cursor);
        var result = catalog.search().search(query, cursors.decode(query, page.cursor()), page.limit());
        return new Page<>(result.items(), cursors.encode(query, result.next())).map(ServiceResponse::of);
    }

    @GET
    @Public
    @Path("/{serviceId}")
    @Refuses(ServiceNotFoundException.class)
    public ServiceResponse get(@PathParam("serviceId") String serviceId) {
        return ServiceResponse.of(catalog.search().find(CatalogValidation.serviceId(serviceId)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(Role.ADMIN)
    @APIResponse(responseCode = "201", description = "Created")
    @Refuses(ServiceExistsException.class)
    @Refuses(UnknownOwnerException.class)
    public Response create(ServiceRequest request) {
        var service = catalog.administration().create(CatalogValidation.service(request));
        return Response.created(URI.create("/v1/services/" + service.serviceId()))
                .entity(ServiceResponse.of(service)).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(Role.ADMIN)
    @Path("/{serviceId}")
    @Refuses(ServiceNotFoundException.class)
    @Refuses(UnknownOwnerException.class)
    public ServiceResponse replace(@PathParam("serviceId") String serviceId, ServiceRequest request) {
        var draft = CatalogValidation.service(request);
        return ServiceResponse.of(catalog.administration().replace(CatalogValidation.serviceId(serviceId), draft));
    }
}
