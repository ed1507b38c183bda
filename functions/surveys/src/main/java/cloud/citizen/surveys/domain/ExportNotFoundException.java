package cloud.citizen.surveys.domain;

import cloud.citizen.platform.problem.Refusal;

/** There is no such export. */
public class ExportNotFoundException extends Refusal {
    public ExportNotFoundException() {
        super(404, "EXPORT_NOT_FOUND", "There is no such export.");
    }
}
