package cloud.citizen.accounts;

import java.util.Optional;

import cloud.citizen.accounts.domain.SmsSourceBudget;
import cloud.citizen.platform.config.Environment;

/**
 * Names and secrets from template.yaml, read once. Every accounts function has the table; only the
 * HTTP function (AccountsFunction) has the keys and the queues it publishes to, so the queue
 * consumer never holds a signing key it does not need.
 */
public record AccountsSettings(String table, Optional<ApiSettings> api, int smsCodesPerSourceIpPerHour) {

    public static AccountsSettings from(Environment env) {
        Optional<ApiSettings> api = env.secret("ACCESS_TOKEN_SIGNING_KEY").map(signingKey -> new ApiSettings(
                signingKey, env.requiredSecret("PII_HASH_KEY"), env.requiredSecret("PII_ENCRYPTION_KEY"),
                env.required("TOKEN_ISSUER"), env.optional("TOKEN_AUDIENCE").orElse("citizen-cloud"),
                env.required("NOTIFICATIONS_QUEUE_URL"), env.required("STATS_QUEUE_URL"),
                env.required("USER_DIRECTORY_QUEUE_URL")));
        return new AccountsSettings(env.required("ACCOUNTS_TABLE"), api,
                env.optional("SMS_CODES_PER_SOURCE_IP_PER_HOUR").map(Integer::parseInt)
                        .orElse(SmsSourceBudget.DEFAULT_PER_HOUR));
    }

    /** What the HTTP API needs beyond the table: keys (secrets) and the queues its events go to. */
    public record ApiSettings(String signingKey, String piiHashKey, String piiEncryptionKey, String tokenIssuer,
            String tokenAudience, String notificationsQueueUrl, String statsQueueUrl, String userDirectoryQueueUrl) {

        /** Never the keys: settings may end up in a log line or an exception message. */
        @Override
        public String toString() {
            return "ApiSettings[tokenIssuer=" + tokenIssuer + ", tokenAudience=" + tokenAudience + "]";
        }
    }
}
