package cloud.citizen.notifications.store;

/**
 * The notifications function's table (template.yaml: NotificationsTable, key pk only, TTL on ttl).
 * <pre>
 * pk                    what                                   access pattern
 * DELIVERY#{eventId}    state SENDING|DELIVERED, lockedUntil,  deliver each message once (conditional put)
 *                       ttl
 * CONTACT#{userId}      phone                                  address user-message events
 * </pre>
 * Delivery records live longer than the queue keeps a message (15 days against 4), so every
 * redelivery finds its record. Contacts are this function's own copy of what the accounts function
 * reports, so it never reads the accounts table (DESIGN.md principle 2).
 */
public record NotificationsTable(String name) {
}
