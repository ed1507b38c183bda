package cloud.citizen.platform.paging;

import cloud.citizen.platform.problem.ProblemException;

/** {@code ?limit=} (1-100, default 20) and the opaque {@code ?cursor=} of the page to continue from. */
public record PageRequest(int limit, String cursor) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** Takes the raw query values so that "abc" becomes a 400 with a field name, not a framework 404. */
    public static PageRequest of(String limit, String cursor) {
        int parsed = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                parsed = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                parsed = -1;
            }
            if (parsed < 1 || parsed > MAX_LIMIT) {
                throw ProblemException.invalid("limit", "must be an integer from 1 to " + MAX_LIMIT);
            }
        }
        return new PageRequest(parsed, cursor == null || cursor.isEmpty() ? null : cursor);
    }
}
