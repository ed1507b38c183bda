package cloud.citizen.accounts.api;

import java.util.List;

import cloud.citizen.accounts.service.Account;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.platform.pii.Masking;

/**
 * GET /v1/me. Phone and ID number only ever leave masked. {@code units} are the residential units
 * the citizen owns; the votes function is their source and they are empty until it reports any.
 */
public record ProfileResponse(String userId, String phone, String displayName, boolean realNameVerified,
        String idNumber, List<String> roles, List<String> units) {

    static ProfileResponse of(Account account) {
        return new ProfileResponse(account.userId(), Masking.phone(account.phone()), account.displayName(),
                account.realNameVerified(), account.idNumberMasked(),
                account.roles().stream().map(Role::wireName).sorted().toList(), List.of());
    }
}
