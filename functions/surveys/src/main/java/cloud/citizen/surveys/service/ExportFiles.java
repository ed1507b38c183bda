package cloud.citizen.surveys.service;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Where export files go: private storage and short-lived download links. */
public interface ExportFiles {

    /** A file being written; nothing is visible under the key until {@link ExportFile#publish()}. */
    interface ExportFile extends AutoCloseable {
        void row(List<String> cells);

        void publish();

        @Override
        void close();
    }

    ExportFile create(String objectKey);

    URI downloadLink(String objectKey, Duration validFor);
}
