package cloud.citizen.accounts.domain;

/**
 * The name a citizen shows to others (in topics, comments): surrounding whitespace removed
 * (including the full-width space U+3000 that Chinese keyboards produce), then 1 to 30 Unicode
 * code points, so a Chinese character counts as one.
 *
 * <p>Refused anywhere in the name: control characters, line and paragraph separators, unpaired
 * surrogates (not encodable as UTF-8), and the bidirectional overrides and isolates
 * (U+202A-U+202E, U+2066-U+2069), which let one person's name visually reorder the text around it
 * on someone else's screen.
 */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 30;

    public DisplayName {
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public static Parsed<DisplayName> parse(String raw) {
        if (raw == null) {
            return new Parsed.Invalid<>("Display name is required.");
        }
        String stripped = raw.strip();
        String problem = problemWith(stripped);
        return problem == null ? new Parsed.Valid<>(new DisplayName(stripped)) : new Parsed.Invalid<>(problem);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Returns null when the already stripped name is acceptable. */
    private static String problemWith(String stripped) {
        if (stripped == null || stripped.isEmpty()) {
            return "Display name must not be empty.";
        }
        if (!stripped.equals(stripped.strip())) {
            return "Display name must not start or end with whitespace.";
        }
        if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
            return "Display name must be at most " + MAX_LENGTH + " characters.";
        }
        if (stripped.codePoints().anyMatch(DisplayName::isForbidden)) {
            return "Display name must not contain control or text-direction characters.";
        }
        return null;
    }

    private static boolean isForbidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}
