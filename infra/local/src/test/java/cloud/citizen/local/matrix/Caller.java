package cloud.citizen.local.matrix;

/** The kinds of caller the access matrix asks every route about, in the order of its columns. */
public enum Caller {
    ANONYMOUS("anonymous"),
    CITIZEN("citizen"),
    OTHER_CITIZEN("other citizen"),
    UNVERIFIED("unverified"),
    STAFF_ELSEWHERE("staff elsewhere"),
    STAFF("staff"),
    ADMIN("admin");

    private final String column;

    Caller(String column) {
        this.column = column;
    }

    /** The heading of this caller's column in access-matrix.md. */
    public String column() {
        return column;
    }
}
