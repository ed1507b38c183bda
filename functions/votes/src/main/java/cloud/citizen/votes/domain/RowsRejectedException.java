package cloud.citizen.votes.domain;

import java.util.List;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** A roster upload with bad rows: one entry per bad row, and nothing of the upload is written. */
@ErrorDoc(status = 422, code = "INVALID_UNITS", meaning = "Some unit rows are not valid; nothing was written", hint = "Staff: fix the rows errors[] names and send them all again.")
public final class RowsRejectedException extends Refusal {
    public static final String CODE = "INVALID_UNITS";
    private final transient List<RowError> errors;

    public RowsRejectedException(List<RowError> errors) {
        super(422, CODE, errors.size() + " row(s) cannot be loaded; nothing was written.");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
