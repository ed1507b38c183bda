package cloud.citizen.votes.service;

import java.net.URL;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.votes.domain.Election;
import cloud.citizen.votes.domain.ElectionNotClosedException;
import cloud.citizen.votes.domain.ElectionNotFoundException;
import cloud.citizen.votes.domain.ElectionStatus;
import cloud.citizen.votes.domain.Receipts;
import cloud.citizen.votes.domain.Results;

/** What a closed election leaves behind: results, the audit CSV link, and receipts anyone can check. */
public final class ElectionRecords {
    private final Elections elections;
    private final ElectionViews views;
    private final BallotBox box;
    private final AuditArchive archive;
    private final Access access;

    public ElectionRecords(Elections elections, ElectionViews views, BallotBox box, AuditArchive archive,
            Access access) {
        this.elections = elections;
        this.views = views;
        this.box = box;
        this.archive = archive;
        this.access = access;
    }

    public Results results(Caller caller, String electionId) {
        Election election = views.readable(caller, electionId);
        requireClosed(election);
        return elections.results(electionId).orElseThrow(() -> notClosed());
    }

    public URL auditLink(Caller caller, String electionId) {
        Election election = elections.find(electionId)
                .orElseThrow(() -> new ElectionNotFoundException("No election " + electionId + "."));
        access.requireStaffOf(caller, election.communityId());
        requireClosed(election);
        return archive.link(electionId);
    }

    /** Public: whether a receipt belongs to a counted ballot of this election. */
    public boolean counted(String electionId, String receipt) {
        return receipt.length() <= 64 && box.counted(electionId, Receipts.hash(receipt));
    }

    private static void requireClosed(Election election) {
        if (election.status() != ElectionStatus.CLOSED) {
            throw notClosed();
        }
    }

    private static ElectionNotClosedException notClosed() {
        return new ElectionNotClosedException("Results are published when the election has closed.");
    }
}
