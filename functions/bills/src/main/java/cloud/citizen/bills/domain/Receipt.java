package cloud.citizen.bills.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The proof of a succeeded payment that the citizen downloads: a self-contained HTML page (no
 * external styles, scripts or images) with the platform's name, the bill, the amount, the time and
 * the payment id. The account number appears masked. Rendering is deterministic, so writing a
 * receipt again for a redelivered event produces the same bytes.
 */
public record Receipt(String paymentId, String billId, String provider, String maskedAccountNumber, BillKind kind,
        YearMonth period, long amountFen, PaymentMethod method, Instant paidAt) {

    public static final String PLATFORM_NAME = "天府市民云 · Citizen Cloud";
    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    public String html() {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>缴费凭证 Receipt %s</title>
                <style>body{font-family:sans-serif;max-width:36em;margin:2em auto;color:#222}
                h1{font-size:1.3em}table{border-collapse:collapse;width:100%%}
                td{padding:.4em;border-bottom:1px solid #ddd}td:first-child{color:#666;width:40%%}
                .amount{font-size:1.4em;font-weight:bold}</style></head>
                <body><h1>%s</h1><h2>缴费凭证 Payment receipt</h2><table>
                <tr><td>支付单号 Payment id</td><td>%s</td></tr>
                <tr><td>账单 Bill</td><td>%s</td></tr>
                <tr><td>缴费项目 Kind</td><td>%s %s</td></tr>
                <tr><td>账期 Period</td><td>%s</td></tr>
                <tr><td>缴费单位 Provider</td><td>%s</td></tr>
                <tr><td>户号 Account</td><td>%s</td></tr>
                <tr><td>支付方式 Method</td><td>%s</td></tr>
                <tr><td>金额 Amount</td><td class="amount">%s</td></tr>
                <tr><td>支付时间 Paid at</td><td>%s</td></tr>
                </table></body></html>
                """.formatted(escape(paymentId), escape(PLATFORM_NAME), escape(paymentId), escape(billId),
                kind.chineseName(), kind.wireName(), period, escape(provider), escape(maskedAccountNumber),
                method.wireName(), Money.yuan(amountFen), TIME.format(paidAt.atZone(CITY)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
