package cloud.citizen.platform.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import cloud.citizen.platform.problem.ErrorCodes;
import cloud.citizen.platform.problem.ProblemException;

/**
 * API.md: request bodies over 64 KiB are refused with 413 before anything parses them. A declared
 * Content-Length is judged before the body is read; a body sent without one (chunked) is measured
 * once it has been read, before authentication and before any resource or JSON parser sees it.
 */
public class BodyLimitFilter {
    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final String CONTENT_LENGTH = "Content-Length";

    @ServerRequestFilter(preMatching = true)
    public void limit(ContainerRequestContext request) {
        String length = request.getHeaderString(CONTENT_LENGTH);
        if (length != null && exceeds(length)) {
            throw tooLarge();
        }
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100, readBody = true)
    public void limitUndeclared(ContainerRequestContext request) throws IOException {
        if (request.getHeaderString(CONTENT_LENGTH) != null || !request.hasEntity()) {
            return;
        }
        byte[] body = request.getEntityStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static ProblemException tooLarge() {
        return ProblemException.of(413, ErrorCodes.PAYLOAD_TOO_LARGE,
                "Request bodies may be at most " + MAX_BODY_BYTES + " bytes.");
    }

    private static boolean exceeds(String length) {
        try {
            return Long.parseLong(length.trim()) > MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
