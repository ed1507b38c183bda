package cloud.citizen.bills.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An account holder's name as a provider has it, and as a citizen types it to prove they know the
 * household. Both are normalised the same way before they are compared: NFKC (full-width letters,
 * digits and the ideographic space become their plain forms), the middle-dot variants of
 * transliterated names (阿依古丽·买买提) become one, whitespace runs become one space and none is
 * kept next to a Chinese character ("张 三明" is 张三明), Latin letters compare without case.
 * <p>
 * The table never holds the name itself: accounts keep a {@link #fingerprint} salted with the
 * account (so equal names of two accounts do not look alike) and the {@link #masked()} form.
 */
public final class HolderName {
    public static final int MAX_LENGTH = 64;
    private static final Pattern DOTS = Pattern.compile("[\\u00B7\\u2022\\u2027\\u22C5\\u30FB\\u2219\\uFF65]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_NEXT_TO_HAN = Pattern.compile("(?<=\\p{IsHan}) | (?=\\p{IsHan})");
    private static final Pattern SPACE_AROUND_DOT = Pattern.compile(" ?\\u00B7 ?");

    private final String normalized;

    private HolderName(String normalized) {
        this.normalized = normalized;
    }

    /** The name, or empty when the text cannot be a name (blank, too long, control characters). */
    public static Optional<HolderName> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH * 4) {
            return Optional.empty();
        }
        String name = Normalizer.normalize(text, Normalizer.Form.NFKC);
        name = DOTS.matcher(name).replaceAll("\u00B7");
        name = SPACES.matcher(name).replaceAll(" ").strip();
        name = SPACE_NEXT_TO_HAN.matcher(name).replaceAll("");
        name = SPACE_AROUND_DOT.matcher(name).replaceAll("\u00B7").toLowerCase(Locale.ROOT);
        int length = name.codePointCount(0, name.length());
        if (length == 0 || length > MAX_LENGTH || name.codePoints().anyMatch(HolderName::isControl)) {
            return Optional.empty();
        }
        return Optional.of(new HolderName(name));
    }

    /** Why the text cannot be a holder's name; empty when it can. */
    public static Optional<String> problemWith(String text) {
        return parse(text).isPresent() ? Optional.empty()
                : Optional.of("must be the account holder's name, 1 to " + MAX_LENGTH + " characters");
    }

    private static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED || type == Character.SURROGATE;
    }

    /**
     * What an account keeps to compare a typed name with: SHA-256 of the account and the normalised
     * name, hex. Only equality is ever asked of it.
     */
    public String fingerprint(ProviderAccount account) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("holder\n" + account.provider() + "\n"
                    + account.accountNumber() + "\n" + normalized).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As responses show it: first and last character kept, 张三明 -> 张*明, 张三 -> 张*, 李 -> *. */
    public String masked() {
        int[] points = normalized.codePoints().toArray();
        if (points.length == 1) {
            return "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(points[0]);
        masked.append("*".repeat(points.length == 2 ? 1 : points.length - 2));
        if (points.length > 2) {
            masked.appendCodePoint(points[points.length - 1]);
        }
        return masked.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HolderName name && name.normalized.equals(normalized);
    }

    @Override
    public int hashCode() {
        return normalized.hashCode();
    }

    /** Never the name: objects end up in logs. */
    @Override
    public String toString() {
        return "HolderName[" + masked() + "]";
    }
}
