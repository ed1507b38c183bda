package cloud.citizen.surveys.domain;

import java.util.List;

import cloud.citizen.platform.problem.FieldError;
import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** A definition that breaks a rule of {@link DefinitionCheck}; every problem is named in {@link #errors()}. */
@ErrorDoc(status = 422, code = "INVALID_SURVEY", meaning = "The survey definition is not valid", hint = "Staff: fix what errors[] names.")
public class InvalidSurveyException extends Refusal {
    private final transient List<FieldError> errors;

    public InvalidSurveyException(List<FieldError> errors) {
        super(422, "INVALID_SURVEY", summary(errors));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    static String summary(List<FieldError> errors) {
        return errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " problems: " + errors.get(0).field() + ": " + errors.get(0).message() + "; ...";
    }
}
