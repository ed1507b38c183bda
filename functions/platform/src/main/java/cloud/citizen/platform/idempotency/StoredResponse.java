package cloud.citizen.platform.idempotency;

/** The first response to an idempotent request, replayed verbatim to its retries. */
public record StoredResponse(int status, String contentType, String location, String body) {
}
