package cloud.citizen.catalog.domain;

/** A submission waits for one admin decision; after it, it never changes again. */
public enum SubmissionStatus {
    PENDING, APPROVED, REJECTED
}
