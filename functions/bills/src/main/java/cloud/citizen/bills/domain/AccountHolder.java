package cloud.citizen.bills.domain;

import java.time.YearMonth;

/**
 * Who holds an account by the provider's files: the fingerprint of the holder's name and the
 * billing period of the file row that named them. Files can arrive out of order (an operator
 * re-drops last month's file), so a holder named by a file older than the one that set the stored
 * holder does not replace it: a holder change never goes backwards.
 *
 * @param since null for an account stored before periods were recorded: any file may replace it
 */
public record AccountHolder(String fingerprint, YearMonth since) {

    /** The holder a good row names, from its bill's period on. */
    public static AccountHolder namedBy(ImportedBill bill) {
        return new AccountHolder(bill.holder().fingerprint(bill.account()), bill.period());
    }

    public boolean isSamePersonAs(AccountHolder other) {
        return fingerprint.equals(other.fingerprint);
    }

    /**
     * Whether this holder, named by a file, takes the account over from the stored one: another
     * person, named by a file at least as new (an equal period is a provider's corrected file).
     */
    public boolean replaces(AccountHolder stored) {
        return !isSamePersonAs(stored) && (stored.since == null || !since.isBefore(stored.since));
    }
}
