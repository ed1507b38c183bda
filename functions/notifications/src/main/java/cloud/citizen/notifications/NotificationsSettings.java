package cloud.citizen.notifications;

import java.nio.file.Path;

import cloud.citizen.platform.config.Environment;

/**
 * Names from template.yaml, read once. {@code SMS_GATEWAY} picks the sender: {@code sns} in
 * production, {@code file} locally and in tests, appending to {@code SMS_DELIVERY_LOG}.
 */
public record NotificationsSettings(String table, SmsGatewayKind smsGateway, Path smsDeliveryLog) {

    public enum SmsGatewayKind {
        SNS, FILE
    }

    public static NotificationsSettings from(Environment env) {
        String gateway = env.optional("SMS_GATEWAY").orElse("sns");
        SmsGatewayKind kind = switch (gateway) {
            case "sns" -> SmsGatewayKind.SNS;
            case "file" -> SmsGatewayKind.FILE;
            default -> throw new IllegalStateException("SMS_GATEWAY must be sns or file, not " + gateway);
        };
        return new NotificationsSettings(env.required("NOTIFICATIONS_TABLE"), kind,
                Path.of(env.optional("SMS_DELIVERY_LOG").orElse("sms-delivery.jsonl")));
    }
}
