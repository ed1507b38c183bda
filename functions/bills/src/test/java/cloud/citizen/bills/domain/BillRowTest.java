package cloud.citizen.bills.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillRowTest {

    private static Map<String, String> row(String provider, String account, String kind, String period, String amount,
            String due) {
        Map<String, String> fields = new HashMap<>();
        fields.put("provider", provider);
        fields.put("accountNumber", account);
        fields.put("kind", kind);
        fields.put("period", period);
        fields.put("amountFen", amount);
        fields.put("dueDate", due);
        fields.put("holderName", "张三明");
        return fields;
    }

    @Test
    void check_goodRow_isAcceptedAsAnUnpaidBill() {
        BillRow.Verdict verdict = BillRow.check(row("chengdu-water", "W51000001", "water", "2026-10", "12850",
                "2026-11-25"));

        assertThat(verdict).isInstanceOf(BillRow.Accepted.class);
        ImportedBill bill = ((BillRow.Accepted) verdict).bill();
        assertThat(bill.account()).isEqualTo(new ProviderAccount("chengdu-water", "W51000001"));
        assertThat(bill.kind()).isEqualTo(BillKind.WATER);
        assertThat(bill.period()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(bill.amountFen()).isEqualTo(12850);
        assertThat(bill.dueDate()).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Chengdu Water|W51000001|water|2026-10|100|2026-11-25|provider:",
            "chengdu-water|W5#1|water|2026-10|100|2026-11-25|accountNumber:",
            "chengdu-water|W51000001|beer|2026-10|100|2026-11-25|kind: must be one of water, electricity, gas, education, property",
            "chengdu-water|W51000001|water|2026-13|100|2026-11-25|period:",
            "chengdu-water|W51000001|water|10/2026|100|2026-11-25|period:",
            "chengdu-water|W51000001|water|2026-10|128.50|2026-11-25|amountFen:",
            "chengdu-water|W51000001|water|2026-10|0|2026-11-25|amountFen:",
            "chengdu-water|W51000001|water|2026-10|-5|2026-11-25|amountFen:",
            "chengdu-water|W51000001|water|2026-10|100000001|2026-11-25|amountFen:",
            "chengdu-water|W51000001|water|2026-10|100|2026-02-30|dueDate:",
    })
    void check_badField_isRejectedNamingIt(String provider, String account, String kind, String period, String amount,
            String due, String reason) {
        BillRow.Verdict verdict = BillRow.check(row(provider, account, kind, period, amount, due));

        assertThat(verdict).isInstanceOf(BillRow.Rejected.class);
        assertThat(((BillRow.Rejected) verdict).reasons()).singleElement().asString().startsWith(reason);
    }

    @Test
    void check_everyFieldBad_reportsEveryReason() {
        BillRow.Verdict verdict = BillRow.check(row("", null, "x", "x", "x", "x"));

        assertThat(((BillRow.Rejected) verdict).reasons()).hasSize(6);
    }

    @Test
    void billId_isDerivedFromProviderAccountAndPeriod_andRevealsNoAccountNumber() {
        ProviderAccount account = new ProviderAccount("chengdu-water", "W51000001");

        String id = BillId.of(account, YearMonth.of(2026, 10));

        assertThat(id).isEqualTo(BillId.of(new ProviderAccount("chengdu-water", "W51000001"), YearMonth.of(2026, 10)));
        assertThat(id).isNotEqualTo(BillId.of(account, YearMonth.of(2026, 11)))
                .isNotEqualTo(BillId.of(new ProviderAccount("chengdu-gas", "W51000001"), YearMonth.of(2026, 10)));
        assertThat(BillId.isWellFormed(id)).isTrue();
        assertThat(id).doesNotContain("51000001");
        assertThat(BillId.isWellFormed("bill_../../x")).isFalse();
    }

    @Test
    void providerAccount_masksAllButTheLastFour() {
        assertThat(new ProviderAccount("chengdu-water", "W51000001").maskedAccountNumber()).isEqualTo("*****0001");
        assertThatThrownBy(() -> new ProviderAccount("chengdu-water", "a#b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void money_formatsFenAsYuan() {
        assertThat(Money.yuan(12850)).isEqualTo("¥128.50");
        assertThat(Money.yuan(5)).isEqualTo("¥0.05");
    }
}
