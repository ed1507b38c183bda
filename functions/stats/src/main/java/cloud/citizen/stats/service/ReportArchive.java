package cloud.citizen.stats.service;

/** Where daily reports are kept; writing a key again replaces it. */
public interface ReportArchive {
    void store(String key, String contentType, byte[] body);
}
