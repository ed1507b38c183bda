package cloud.citizen.surveys.service;

import java.time.Clock;
import java.util.UUID;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.surveys.domain.DefinitionCheck;
import cloud.citizen.surveys.domain.NotYourCommunityException;
import cloud.citizen.surveys.domain.Survey;
import cloud.citizen.surveys.domain.SurveyDraft;

/** Staff publish a survey: checked once here, immutable afterwards. */
public final class SurveyDesign {
    private final SurveyCatalog catalog;
    private final Clock clock;

    public SurveyDesign(SurveyCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    public Survey create(Caller caller, SurveyDraft draft) {
        if (draft.communityId().isPresent() && !caller.serves(draft.communityId().get())) {
            throw new NotYourCommunityException();
        }
        if (!caller.has(Role.STAFF) && !caller.has(Role.ADMIN)) {
            throw new NotYourCommunityException();
        }
        Survey survey = draft.toSurvey(newSurveyId(), caller.userId(), clock.instant());
        DefinitionCheck.requireValid(survey);
        catalog.add(survey);
        return survey;
    }

    private static String newSurveyId() {
        return "s-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
