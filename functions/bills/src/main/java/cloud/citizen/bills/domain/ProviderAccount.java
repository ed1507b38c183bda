package cloud.citizen.bills.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An account at a bill provider (a household's water meter, a pupil's school fee account):
 * {@code provider} is the biller's id ({@code chengdu-water}), {@code accountNumber} its number.
 * The characters allowed keep both safe to use inside storage keys.
 */
public record ProviderAccount(String provider, String accountNumber) {
    private static final Pattern PROVIDER = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[A-Za-z0-9-]{4,32}");

    public ProviderAccount {
        if (!problemsWith(provider, accountNumber).isEmpty()) {
            throw new IllegalArgumentException("not a valid provider account");
        }
    }

    /** Whether the text can be a provider's id ({@code chengdu-water}). */
    public static boolean isProviderId(String provider) {
        return provider != null && PROVIDER.matcher(provider).matches();
    }

    /** Why these values cannot name an account, per field: "provider: ...", "accountNumber: ...". */
    public static List<String> problemsWith(String provider, String accountNumber) {
        List<String> problems = new ArrayList<>();
        if (!isProviderId(provider)) {
            problems.add("provider: must be 2 to 40 lower-case letters, digits or dashes");
        }
        if (accountNumber == null || !ACCOUNT_NUMBER.matcher(accountNumber).matches()) {
            problems.add("accountNumber: must be 4 to 32 letters, digits or dashes");
        }
        return problems;
    }

    /** For receipts and logs: only the last four characters, like a bank card. */
    public String maskedAccountNumber() {
        return "*".repeat(accountNumber.length() - 4) + accountNumber.substring(accountNumber.length() - 4);
    }

    /** One string naming the account, used in storage keys and cursors. */
    public String key() {
        return provider + "#" + accountNumber;
    }
}
