package cloud.citizen.accounts.domain;

import java.util.Locale;

/**
 * Decides whether a new password is too weak (422 WEAK_PASSWORD). Lengths count Unicode code
 * points, so a Chinese character counts as one.
 *
 * <p>Character classes: lower-case letter, upper-case letter, digit, and "symbol" = anything else
 * (punctuation, space, Chinese characters). Control characters are refused outright: they cannot
 * be typed reliably on a phone keyboard, so a password containing one is a paste accident that
 * would lock its owner out.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_CHARACTER_CLASSES = 3;

    private PasswordPolicy() {
    }

    public static PasswordVerdict judge(String password, PhoneNumber owner) {
        if (password == null) {
            return rejected("A password is required.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return rejected("The password must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long.");
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            return rejected("The password must not contain control characters.");
        }
        if (characterClassesIn(password) < MIN_CHARACTER_CLASSES) {
            return rejected("The password must mix at least " + MIN_CHARACTER_CLASSES
                    + " of: lower-case letters, upper-case letters, digits, symbols.");
        }
        if (password.contains(owner.digits())) {
            return rejected("The password must not contain your phone number.");
        }
        if (CommonPasswords.contains(password.toLowerCase(Locale.ROOT))) {
            return rejected("This is one of the most commonly used passwords.");
        }
        return new PasswordVerdict.Accepted();
    }

    private static int characterClassesIn(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean symbol = false;
        for (int cp : password.codePoints().toArray()) {
            if (Character.isLowerCase(cp)) {
                lower = true;
            } else if (Character.isUpperCase(cp)) {
                upper = true;
            } else if (Character.isDigit(cp)) {
                digit = true;
            } else {
                symbol = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    private static PasswordVerdict rejected(String reason) {
        return new PasswordVerdict.Rejected(reason);
    }
}
