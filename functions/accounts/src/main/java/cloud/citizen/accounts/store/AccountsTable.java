package cloud.citizen.accounts.store;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The accounts function's single table (template.yaml: AccountsTable, keys pk/sk, TTL on ttl).
 * <pre>
 * pk                      sk              what                                  access pattern
 * USER#{userId}           PROFILE         phone, displayName, passwordHash,     token claims, /v1/me
 *                                         roles, communities, realNameVerified,
 *                                         idNumberKey, idNumberMasked
 * PHONE#{phoneKey}        PHONE           userId                                login by phone; one account per phone
 * IDNUMBER#{idKey}        IDNUMBER        userId, encrypted ID number and name  one account per ID number
 * SMS#{phoneKey}          CODE#{purpose}  codeHash, expiresAt, attemptsLeft     verify a code (deleted when used)
 * SMS#{phoneKey}          LAST            lastSentAt                            1 code a minute
 * SMS#{phoneKey}          DAY#{yyyy-MM-dd} sent                                 10 codes a day (city time)
 * LOGIN#{phoneKey}        FAILURES        windowStart, failures                 lockout after 5 failures in 15 min
 * REFRESH#{tokenHash}     REFRESH         userId, familyId, state, expiresAt    rotate, detect reuse
 * FAMILY#{familyId}       FAMILY          revoked                               logout / reuse revokes every token of a login
 * IDEMPOTENCY#{scope}#{key} IDEMPOTENCY   see platform IdempotencyStore
 * OUTBOX#{shard}          EVENT#{eventId} see platform Outbox (contact events for notifications)
 * </pre>
 * phoneKey and idKey are keyed hashes (HMAC), so keys never show a phone or ID number.
 * Everything short-lived carries ttl (epoch seconds) and is swept by DynamoDB.
 */
@ApplicationScoped
public class AccountsTable {
    private final String name;

    public AccountsTable(@ConfigProperty(name = "citizen.accounts.table") String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }
}
