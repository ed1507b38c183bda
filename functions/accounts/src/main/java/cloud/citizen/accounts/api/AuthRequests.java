package cloud.citizen.accounts.api;

import cloud.citizen.accounts.domain.SmsPurpose;

/** Request bodies of the /v1/auth endpoints, exactly as API.md names their fields. */
final class AuthRequests {
    private AuthRequests() {
    }

    record SmsCodeRequest(String phone, SmsPurpose purpose) {
    }

    record RegisterRequest(String phone, String smsCode, String password, String displayName) {
    }

    /** Either password or smsCode, not both. */
    record LoginRequest(String phone, String password, String smsCode) {
    }

    record RefreshRequest(String refreshToken) {
    }
}
