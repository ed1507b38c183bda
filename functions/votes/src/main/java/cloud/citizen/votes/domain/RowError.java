package cloud.citizen.votes.domain;

/** What is wrong with one row of a roster upload: {@code field} names the row, e.g. {@code [3].areaM2}. */
public record RowError(String field, String message) {
}
