package cloud.citizen.accounts.api;

import java.math.BigDecimal;
import java.util.List;

import cloud.citizen.accounts.domain.OwnedUnit;
import cloud.citizen.accounts.service.Account;
import cloud.citizen.accounts.service.Profile;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.platform.pii.Masking;

/**
 * GET /v1/me. Phone and ID number only ever leave masked. {@code units} are the residential units
 * the citizen owns, as the votes function reported them (docs/events.md); {@code areaM2} is a JSON
 * number written from the exact decimal (89.50 stays 89.50).
 */
public record ProfileResponse(String userId, String phone, String displayName, boolean realNameVerified,
        String idNumber, List<String> roles, List<UnitView> units) {

    public record UnitView(String communityId, String unitId, String building, String number, BigDecimal areaM2) {

        static UnitView of(OwnedUnit unit) {
            return new UnitView(unit.communityId(), unit.unitId(), unit.building(), unit.number(), unit.areaM2());
        }
    }

    static ProfileResponse of(Profile profile) {
        Account account = profile.account();
        return new ProfileResponse(account.userId(), Masking.phone(account.phone()), account.displayName(),
                account.realNameVerified(), account.idNumberMasked(),
                account.roles().stream().map(Role::wireName).sorted().toList(),
                profile.units().stream().map(UnitView::of).toList());
    }
}
