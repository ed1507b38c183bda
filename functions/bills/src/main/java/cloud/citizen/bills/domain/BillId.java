package cloud.citizen.bills.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Bill ids are derived from provider, account and period, so importing the same bill twice names
 * the same bill and changes nothing. A hash, not the parts, so an id reveals no account number.
 */
public final class BillId {
    private static final Pattern FORMAT = Pattern.compile("bill_[0-9a-f]{24}");

    private BillId() {
    }

    public static String of(ProviderAccount account, YearMonth period) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((account.provider() + "\n" + account.accountNumber() + "\n" + period)
                            .getBytes(StandardCharsets.UTF_8));
            return "bill_" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean isWellFormed(String billId) {
        return billId != null && FORMAT.matcher(billId).matches();
    }
}
