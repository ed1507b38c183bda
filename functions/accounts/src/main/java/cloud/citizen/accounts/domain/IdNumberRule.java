package cloud.citizen.accounts.domain;

/**
 * The rules an 18-character resident identity number (GB 11643-1999) is checked against, in the
 * order they are checked. Structural rules come before the checksum on purpose: a typo in the
 * birth date usually breaks the checksum too, and "the birth date is not a real date" tells the
 * person more than "the checksum is wrong".
 *
 * <p>What is deliberately NOT checked: that the region code exists in the current GB/T 2260 list
 * (codes are retired and renumbered, while cards issued under old codes stay valid for life), the
 * sequence code, and the sex digit. A number that passes is well-formed, not proven to exist.
 */
public enum IdNumberRule {

    FORMAT("An ID number is 18 characters: 17 digits followed by a digit or X."),

    /**
     * Digits 1-2 are a mainland province-level code of GB/T 2260 (11-15, 21-23, 31-37, 41-46,
     * 50-54, 61-65) and digits 3-6 are not 0000 (a card is issued by a county-level office). 71
     * (Taiwan), 81 (Hong Kong) and 82 (Macau) never appear on mainland resident cards; residence
     * permits for those residents (address codes 810000, 820000, 830000) are a different document
     * and are refused here too.
     */
    REGION("Digits 1-6 must be a mainland county-level region code (GB/T 2260)."),

    BIRTH_DATE("Digits 7-14 must be a real calendar date (YYYYMMDD)."),

    BIRTH_DATE_OUT_OF_RANGE("The birth date (digits 7-14) must be between 1900-01-01 and today."),

    CHECKSUM("The last character does not match the check of the first 17 digits"
            + " (ISO 7064 MOD 11-2); there may be a typo.");

    private final String description;

    IdNumberRule(String description) {
        this.description = description;
    }

    /** A sentence for the problem+json detail; never contains the number itself. */
    public String description() {
        return description;
    }
}
