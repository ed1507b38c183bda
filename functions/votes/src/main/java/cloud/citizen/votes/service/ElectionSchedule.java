package cloud.citizen.votes.service;

import java.time.Clock;
import java.time.Instant;

import org.jboss.logging.Logger;

/**
 * What the every-minute schedule does: open elections whose time came, close (or finish counting)
 * those whose time is up, and send opening notices still pending. Each election is handled on its
 * own, so one failure does not hold back the others.
 */
public final class ElectionSchedule {
    private static final Logger LOG = Logger.getLogger(ElectionSchedule.class);

    private final Elections elections;
    private final ElectionOpening opening;
    private final ElectionClosing closing;
    private final OwnerNotices notices;
    private final Clock clock;

    public ElectionSchedule(Elections elections, ElectionOpening opening, ElectionClosing closing,
            OwnerNotices notices, Clock clock) {
        this.elections = elections;
        this.opening = opening;
        this.closing = closing;
        this.notices = notices;
        this.clock = clock;
    }

    public record Run(int opened, int closed, int noticesSent, int failed) {
    }

    public Run run() {
        Instant now = clock.instant();
        int opened = 0;
        int closed = 0;
        int noticed = 0;
        int failed = 0;
        for (String id : elections.dueToOpen(now)) {
            try {
                opened += opening.open(id).status() == cloud.citizen.votes.domain.ElectionStatus.OPEN ? 1 : 0;
            } catch (RuntimeException e) {
                failed++;
                LOG.errorf(e, "Opening election %s failed; next run retries", id);
            }
        }
        for (String id : elections.dueToClose(now)) {
            try {
                closed += closing.closeDue(id).isPresent() ? 1 : 0;
            } catch (RuntimeException e) {
                failed++;
                LOG.errorf(e, "Closing election %s failed; next run retries", id);
            }
        }
        for (String id : notices.pending()) {
            try {
                opening.notifyOwners(id);
                noticed++;
            } catch (RuntimeException e) {
                failed++;
                LOG.errorf(e, "Opening notices of election %s failed; next run retries", id);
            }
        }
        return new Run(opened, closed, noticed, failed);
    }
}
