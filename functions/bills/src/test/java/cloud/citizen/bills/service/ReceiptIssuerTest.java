package cloud.citizen.bills.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceiptIssuerTest {

    @Test
    void keyFor_isPerPayment() {
        assertThat(ReceiptIssuer.keyFor("pay_1")).isEqualTo("receipts/pay_1.html");
    }
}
