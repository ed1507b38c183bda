package cloud.citizen.accounts.api;

/** Request bodies of the /v1/me endpoints. */
final class ProfileRequests {
    private ProfileRequests() {
    }

    record ProfileUpdate(String displayName) {
    }

    record RealNameRequest(String name, String idNumber) {
    }
}
