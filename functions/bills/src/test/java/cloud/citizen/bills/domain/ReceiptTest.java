package cloud.citizen.bills.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class ReceiptTest {

    private final Receipt receipt = new Receipt("pay_1", "bill_0123456789abcdef01234567", "chengdu-<water>", "*****0001",
            BillKind.WATER, YearMonth.of(2026, 10), 12850, PaymentMethod.SANDBOX, Instant.parse("2026-11-28T01:00:00Z"));

    @Test
    void html_showsPlatformBillAmountTimeAndPaymentId_selfContained() {
        String html = receipt.html();

        assertThat(html).contains(Receipt.PLATFORM_NAME, "pay_1", "bill_0123456789abcdef01234567", "¥128.50",
                "2026-11-28 09:00:00 +08:00", "水费", "2026-10", "*****0001");
        assertThat(html).doesNotContain("<script", "<link", "src=", "http");
    }

    @Test
    void html_escapesProviderText_andIsTheSameEveryTime() {
        assertThat(receipt.html()).contains("chengdu-&lt;water&gt;").isEqualTo(receipt.html());
    }
}
