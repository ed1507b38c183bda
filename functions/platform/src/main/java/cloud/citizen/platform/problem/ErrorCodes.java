package cloud.citizen.platform.problem;

import cloud.citizen.apidocs.ErrorDoc;

/**
 * Error codes that every function can produce; capability-specific codes live with their domain.
 * Each {@link ErrorDoc} is this code's entry in the error catalogue (docs/errors.md) and the
 * OpenAPI document; the annotation is build-time only and not in the function zips.
 */
public final class ErrorCodes {
    @ErrorDoc(status = 400, meaning = "The request is not valid", hint = "Show each errors[].message next to its field (errors[].field); fix the input and send again.")
    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    @ErrorDoc(status = 401, meaning = "No valid access token", hint = "Refresh the tokens (POST /v1/auth/refresh); if that fails, ask the user to log in again.")
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    @ErrorDoc(status = 403, meaning = "The caller's role may not do this", hint = "Hide the action for this user; do not retry.")
    public static final String FORBIDDEN = "FORBIDDEN";
    @ErrorDoc(status = 404, meaning = "No such resource or route", hint = "Check the URL; the resource may have been removed.")
    public static final String NOT_FOUND = "NOT_FOUND";
    @ErrorDoc(status = 405, meaning = "The route does not take this HTTP method", hint = "A bug in the app: use the method the API documents.")
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    @ErrorDoc(status = 415, meaning = "The body is not application/json", hint = "A bug in the app: send Content-Type: application/json.")
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    @ErrorDoc(status = 406, meaning = "The API cannot answer in the accepted media type", hint = "A bug in the app: accept application/json.")
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    @ErrorDoc(status = 413, meaning = "The request body is over 64 KiB", hint = "Send less; upload files through their presigned upload URL instead.")
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    @ErrorDoc(status = 400, meaning = "The cursor was not issued for this list", hint = "Start the list again without a cursor.")
    public static final String INVALID_CURSOR = "INVALID_CURSOR";
    @ErrorDoc(status = 400, meaning = "The Idempotency-Key header is missing", hint = "Send a fresh Idempotency-Key (e.g. a UUID) per user action; reuse it only to retry that action.")
    public static final String IDEMPOTENCY_KEY_REQUIRED = "IDEMPOTENCY_KEY_REQUIRED";
    @ErrorDoc(status = 422, meaning = "The Idempotency-Key was used with another body", hint = "A bug in the app: make a new key for a new request.")
    public static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    @ErrorDoc(status = 409, meaning = "The first request with this Idempotency-Key is still running", hint = "Wait a moment and retry with the same key and body: the first answer is returned.")
    public static final String REQUEST_IN_PROGRESS = "REQUEST_IN_PROGRESS";
    @ErrorDoc(status = 500, meaning = "Something failed on the server", hint = "Say that something went wrong; retry later. Report X-Request-Id if it persists.")
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    /** 503 with Retry-After: AWS throttled us or was unreachable; nothing was written (see ServiceUnavailable). */
    @ErrorDoc(status = 503, meaning = "The service is briefly overloaded or unreachable; nothing was changed", hint = "Retry the same request (same Idempotency-Key) after Retry-After seconds.")
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

    private ErrorCodes() {
    }
}
