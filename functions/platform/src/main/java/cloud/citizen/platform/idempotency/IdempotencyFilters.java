package cloud.citizen.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.auth.CurrentCaller;
import cloud.citizen.platform.problem.ErrorCodes;
import cloud.citizen.platform.problem.ProblemException;

/**
 * API.md's Idempotency-Key contract for creating POSTs: same key and body within 24 h -> the first
 * response again; same key, other body -> 422; while the first still runs -> 409. Keys are scoped
 * to the caller, so one citizen's key can never replay another's response. Endpoints marked
 * {@link IdempotencyKeyIgnored} (token responses) are left alone.
 */
public class IdempotencyFilters {
    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIM = IdempotencyFilters.class.getName() + ".claim";

    private final IdempotencyStore store;
    private final CurrentCaller caller;
    private final ObjectMapper json;

    public IdempotencyFilters(IdempotencyStore store, CurrentCaller caller, ObjectMapper json) {
        this.store = store;
        this.caller = caller;
        this.json = json;
    }

    @ServerRequestFilter(priority = Priorities.USER + 100, readBody = true)
    public Response claim(ContainerRequestContext request, ResourceInfo resource) throws IOException {
        if (!"POST".equals(request.getMethod()) || keyIgnored(resource)) {
            return null;
        }
        String key = request.getHeaderString(HEADER);
        if (key == null) {
            if (resource.getResourceMethod() != null
                    && resource.getResourceMethod().isAnnotationPresent(IdempotencyKeyRequired.class)) {
                throw ProblemException.of(400, ErrorCodes.IDEMPOTENCY_KEY_REQUIRED,
                        "This request needs an Idempotency-Key header (1-64 characters), e.g. a UUID.");
            }
            return null;
        }
        if (!key.matches("[\\x21-\\x7E]{1,64}")) {
            throw ProblemException.invalid(HEADER, "must be 1 to 64 visible ASCII characters");
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String scope = caller.maybe().map(Caller::userId).orElse("anonymous");
        String fingerprint = fingerprint(request.getUriInfo().getPath(), body);
        IdempotencyClaim claim = store.claim(scope, key, fingerprint);
        if (claim instanceof IdempotencyClaim.Claimed) {
            request.setProperty(CLAIM, new String[] { scope, key });
            return null;
        }
        if (claim instanceof IdempotencyClaim.Replay replay) {
            return replayOf(replay.response());
        }
        if (claim instanceof IdempotencyClaim.Mismatch) {
            throw ProblemException.of(422, ErrorCodes.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request.");
        }
        throw ProblemException.of(409, ErrorCodes.REQUEST_IN_PROGRESS,
                "A request with this Idempotency-Key is still being processed. Retry shortly.");
    }

    @ServerResponseFilter
    public void complete(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        String[] claim = (String[]) request.getProperty(CLAIM);
        if (claim == null) {
            return;
        }
        request.removeProperty(CLAIM);
        if (response.getStatus() >= 500) {
            store.release(claim[0], claim[1]);
            return;
        }
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : json.writeValueAsString(entity);
        String contentType = response.getMediaType() == null ? null : response.getMediaType().toString();
        String location = response.getHeaderString("Location");
        store.complete(claim[0], claim[1], new StoredResponse(response.getStatus(), contentType, location, body));
    }

    private static boolean keyIgnored(ResourceInfo resource) {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(IdempotencyKeyIgnored.class)
                        || resource.getResourceClass().isAnnotationPresent(IdempotencyKeyIgnored.class));
    }

    private static Response replayOf(StoredResponse stored) {
        Response.ResponseBuilder builder = Response.status(stored.status()).header("Idempotent-Replayed", "true");
        if (stored.body() != null) {
            builder.entity(stored.body()).type(stored.contentType());
        }
        if (stored.location() != null) {
            builder.header("Location", stored.location());
        }
        return builder.build();
    }

    private static String fingerprint(String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
