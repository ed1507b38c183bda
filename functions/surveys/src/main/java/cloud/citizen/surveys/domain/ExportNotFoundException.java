package cloud.citizen.surveys.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** There is no such export. */
@ErrorDoc(status = 404, code = "EXPORT_NOT_FOUND", meaning = "No such export", hint = "Start a new export.")
public class ExportNotFoundException extends Refusal {
    public ExportNotFoundException() {
        super(404, "EXPORT_NOT_FOUND", "There is no such export.");
    }
}
