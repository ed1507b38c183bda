package cloud.citizen.accounts.store;

/**
 * The accounts function's single table (template.yaml: AccountsTable, keys pk/sk, TTL on ttl).
 * <pre>
 * pk                      sk                       what                                  access pattern
 * USER#{userId}           PROFILE                  phone, displayName, passwordHash,     token claims, /v1/me
 *                                                  roles, communities, realNameVerified,
 *                                                  idNumberKey, idNumberMasked
 * USER#{userId}           UNIT#{communityId}#{unitId} building, number, areaM2 (decimal    units in /v1/me (Query begins_with UNIT#);
 *                                                  string), changedAt, removed, ttl      newest ownership event wins
 * UNITEVENT#{eventId}     UNITEVENT                ttl                                   drop redelivered ownership events
 * PHONE#{phoneKey}        PHONE                    userId                                login by phone; one account per phone
 * IDNUMBER#{idKey}        IDNUMBER                 userId, encrypted ID number           one account per ID number
 * SMS#{phoneKey}          CODE#{purpose}           codeHash, expiresAt, attemptsLeft     verify a code (deleted when used)
 * SMS#{phoneKey}          LAST                     lastSentAt                            1 code a minute
 * SMS#{phoneKey}          DAY#{yyyy-MM-dd}         sent                                  10 codes a day (city time)
 * SMSIP#{addressKey}      HOUR#{epochSecond}       used                                  code requests per client address and hour
 * LOGIN#{phoneKey}        FAILURES                 windowStart, failures                 lockout: 5 attempts reserved per 15 min
 * REALNAME#{userId}       DAY#{yyyy-MM-dd}         used                                  5 failed real-name attempts a day (city time)
 * REFRESH#{tokenHash}     REFRESH                  userId, familyId, state, expiresAt    rotate, detect reuse
 * FAMILY#{familyId}       FAMILY                   revoked                               logout / reuse revokes every token of a login
 * IDEMPOTENCY#{scope}#{key} IDEMPOTENCY            see platform IdempotencyStore
 * OUTBOX#{shard}          EVENT#{eventId}          see platform Outbox: contact (notifications), usage (stats),
 *                                                  user-registered / -verified / -renamed (user directory)
 * </pre>
 * phoneKey, idKey and addressKey are keyed hashes (HMAC), so keys never show a phone, ID number or
 * client address. A removed unit stays as a tombstone ({@code removed = true}, with ttl) for longer
 * than the queue keeps messages, so a late {@code unit-owner-bound} older than the removal cannot
 * bring it back.
 * Everything short-lived carries ttl (epoch seconds) and is swept by DynamoDB.
 */
public record AccountsTable(String name) {
}
