package cloud.citizen.surveys.service;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.surveys.domain.NotYourCommunityException;
import cloud.citizen.surveys.domain.Survey;

/**
 * Who manages a survey (sees its results, exports it): admins; staff for a city-wide survey; only
 * the staff serving its community for a community survey. The HTTP layer already refused callers
 * who are neither staff nor admin.
 */
final class SurveyAccess {
    private SurveyAccess() {
    }

    static void requireManager(Caller caller, Survey survey) {
        boolean allowed = survey.communityId().map(caller::serves)
                .orElse(caller.has(Role.STAFF) || caller.has(Role.ADMIN));
        if (!allowed) {
            throw new NotYourCommunityException();
        }
    }
}
