package cloud.citizen.platform.auth;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import cloud.citizen.platform.problem.ProblemException;

/**
 * Deny by default: every endpoint needs a valid access token unless marked {@link Public}, and
 * {@link Allow} narrows it to roles. Runs before any other request filter.
 */
public class AccessFilter {
    private final AccessTokenVerifier verifier;
    private final CurrentCaller currentCaller;

    public AccessFilter(AccessTokenVerifier verifier, CurrentCaller currentCaller) {
        this.verifier = verifier;
        this.currentCaller = currentCaller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext request, ResourceInfo resource) {
        boolean isPublic = annotation(resource, Public.class) != null;
        String token = bearerToken(request.getHeaderString("Authorization"));
        if (token == null) {
            if (isPublic) {
                return;
            }
            throw ProblemException.unauthenticated("A valid access token is required.");
        }
        try {
            currentCaller.set(verifier.verify(token));
        } catch (AccessTokenVerifier.InvalidAccessTokenException e) {
            if (!isPublic) {
                throw ProblemException.unauthenticated("The access token is invalid or expired.");
            }
            return;
        }
        Allow allow = annotation(resource, Allow.class);
        if (allow != null && Arrays.stream(allow.value()).noneMatch(currentCaller.get()::has)) {
            throw ProblemException.forbidden("Your role does not allow this.");
        }
    }

    private static String bearerToken(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(ResourceInfo resource, Class<A> type) {
        AnnotatedElement method = resource.getResourceMethod();
        if (method != null && method.isAnnotationPresent(type)) {
            return method.getAnnotation(type);
        }
        Class<?> owner = resource.getResourceClass();
        return owner == null ? null : owner.getAnnotation(type);
    }
}
