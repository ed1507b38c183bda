package cloud.citizen.surveys.domain;

import java.util.List;

import cloud.citizen.platform.problem.FieldError;
import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** Answers that do not fit their questions: one entry per bad question, field = its questionId. */
@ErrorDoc(status = 422, code = "INVALID_ANSWERS", meaning = "Some answers are not valid", hint = "Show each errors[].message next to its question (errors[].field is the questionId).")
public class InvalidAnswersException extends Refusal {
    private final transient List<FieldError> errors;

    public InvalidAnswersException(List<FieldError> errors) {
        super(422, "INVALID_ANSWERS", errors.size() == 1 ? "1 answer is not valid" : errors.size() + " answers are not valid");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
