package cloud.citizen.accounts.api;

import java.util.List;

import cloud.citizen.accounts.api.ProfileResponse.UnitView;
import cloud.citizen.accounts.service.RealNameVerification;

/**
 * POST /v1/me/real-name: the profile as GET /v1/me shows it, plus {@code tokens} whose access token
 * already says {@code realNameVerified: true}, so the app's next call is allowed without a refresh.
 */
public record RealNameResponse(String userId, String phone, String displayName, boolean realNameVerified,
        String idNumber, List<String> roles, List<UnitView> units, TokensResponse tokens) {

    static RealNameResponse of(RealNameVerification verification) {
        ProfileResponse profile = ProfileResponse.of(verification.profile());
        return new RealNameResponse(profile.userId(), profile.phone(), profile.displayName(),
                profile.realNameVerified(), profile.idNumber(), profile.roles(), profile.units(),
                TokensResponse.of(verification.tokens()));
    }
}
