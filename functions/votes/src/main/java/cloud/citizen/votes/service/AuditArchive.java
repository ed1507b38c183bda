package cloud.citizen.votes.service;

import java.net.URL;

/** The private store of audit CSVs and the short-lived links to them. */
public interface AuditArchive {

    void store(String electionId, String csv);

    URL link(String electionId);
}
