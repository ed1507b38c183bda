package cloud.citizen.bills.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules for one row of a provider's bill file, columns
 * {@code provider,accountNumber,kind,period,amountFen,dueDate,holderName}. A row is taken whole or rejected
 * with every reason, so a provider can fix a file in one go.
 */
public final class BillRow {
    public static final List<String> COLUMNS = List.of("provider", "accountNumber", "kind", "period", "amountFen",
            "dueDate", "holderName");
    /** ¥1,000,000: far above any household bill, low enough to catch a misplaced decimal point. */
    public static final long MAX_AMOUNT_FEN = 100_000_000L;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,12}");
    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final String KINDS = Arrays.stream(BillKind.values()).map(BillKind::wireName)
            .collect(Collectors.joining(", "));

    /** What a row turned out to be. */
    public sealed interface Verdict {
    }

    public record Accepted(ImportedBill bill) implements Verdict {
    }

    public record Rejected(List<String> reasons) implements Verdict {
        public Rejected {
            reasons = List.copyOf(reasons);
        }
    }

    private BillRow() {
    }

    public static Verdict check(Map<String, String> fields) {
        List<String> reasons = new ArrayList<>();
        String provider = trimmed(fields, "provider");
        String accountNumber = trimmed(fields, "accountNumber");
        reasons.addAll(ProviderAccount.problemsWith(provider, accountNumber));
        BillKind kind = BillKind.fromWire(trimmed(fields, "kind")).orElse(null);
        if (kind == null) {
            reasons.add("kind: must be one of " + KINDS);
        }
        YearMonth period = period(trimmed(fields, "period"), reasons);
        long amount = amount(trimmed(fields, "amountFen"), reasons);
        LocalDate dueDate = dueDate(trimmed(fields, "dueDate"), reasons);
        HolderName.problemWith(fields.get("holderName")).ifPresent(problem -> reasons.add("holderName: " + problem));
        if (!reasons.isEmpty()) {
            return new Rejected(reasons);
        }
        return new Accepted(new ImportedBill(new ProviderAccount(provider, accountNumber),
                HolderName.parse(fields.get("holderName")).orElseThrow(), kind, period, amount, dueDate));
    }

    private static YearMonth period(String value, List<String> reasons) {
        try {
            if (value != null && PERIOD.matcher(value).matches()) {
                YearMonth period = YearMonth.parse(value);
                if (period.getYear() >= 2000 && period.getYear() <= 2100) {
                    return period;
                }
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        reasons.add("period: must be a month YYYY-MM between 2000 and 2100");
        return null;
    }

    private static long amount(String value, List<String> reasons) {
        if (value != null && DIGITS.matcher(value).matches()) {
            long fen = Long.parseLong(value);
            if (fen >= 1 && fen <= MAX_AMOUNT_FEN) {
                return fen;
            }
        }
        reasons.add("amountFen: must be a whole number of fen from 1 to " + MAX_AMOUNT_FEN);
        return 0;
    }

    private static LocalDate dueDate(String value, List<String> reasons) {
        try {
            if (value != null && value.length() == 10) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        reasons.add("dueDate: must be a date YYYY-MM-DD");
        return null;
    }

    private static String trimmed(Map<String, String> fields, String column) {
        String value = fields.get(column);
        return value == null ? null : value.trim();
    }
}
