package cloud.citizen.surveys.service;

import java.util.function.Consumer;

/** Reads every response of a survey in submission order, page by page (for exports). */
public interface ResponseArchive {

    /** @return how many responses were read */
    long forEach(cloud.citizen.surveys.domain.Survey survey, Consumer<StoredResponse> each);
}
