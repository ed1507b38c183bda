package cloud.citizen.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import cloud.citizen.platform.problem.ErrorCodes;
import cloud.citizen.platform.problem.ProblemException;

/** API.md: request bodies over 64 KiB are refused with 413 before anything parses them. */
public class BodyLimitFilter {
    public static final int MAX_BODY_BYTES = 64 * 1024;

    @ServerRequestFilter(preMatching = true)
    public void limit(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        if (length != null && exceeds(length)) {
            throw ProblemException.of(413, ErrorCodes.PAYLOAD_TOO_LARGE,
                    "Request bodies may be at most " + MAX_BODY_BYTES + " bytes.");
        }
    }

    private static boolean exceeds(String length) {
        try {
            return Long.parseLong(length.trim()) > MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
