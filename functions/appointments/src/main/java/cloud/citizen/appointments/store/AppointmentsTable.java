package cloud.citizen.appointments.store;

/**
 * The appointments function's single table (template.yaml: AppointmentsTable, keys pk/sk, TTL on ttl).
 * <pre>
 * pk                        sk                      what                                    access pattern
 * PROVIDER#{providerId}     PROFILE                 name, type, district, communityId,      get a provider
 *                                                   address, department, vaccine
 *                             gsi1: PROVIDERS / {type}#{district}#{providerId}               list, by type and district (begins_with)
 * PROVIDER#{providerId}     SLOT#{date}T{HH:mm}     slot: startsAt, endsAt, capacity,       get a slot (its id names provider and start),
 *                                                   shards, dose, scope, provider copies    a provider's slots of a day (begins_with)
 * SLOT#{slotId}#SHARD#{n}   SHARD                   capacity, booked                        seat counter n: booked &lt; capacity
 * APPT#{appointmentId}      APPT                    userId, slot copies, code, status,      get, cancel, check in
 *                                                   shard, scope
 *                             gsi1: USER#{userId} / {startsAt}#{appointmentId}               my appointments, latest first
 *                             gsi2: DAY#{date}#{0-9} / {startsAt}#{appointmentId}            bookings of a day (reminders); only
 *                                                                                            while booked (sparse)
 * USER#{userId}             SCOPE#{scope}           appointmentId, ttl                      one active booking per scope
 * WAITLIST#{slotId}         LINE#{seq, 12 digits}   userId, joinedAt                        the line, first = lowest seq
 * WAITLIST#{slotId}         USER#{userId}           seq                                     one place in line per person
 * WAITLIST#{slotId}         NEXT                    seq                                     ticket counter (ADD 1)
 * HANDOVER#{handoverId}     HANDOVER                ttl                                     a handed-over seat is given once
 * OUTBOX#{0-7}              EVENT#{eventId}         see platform Outbox
 * IDEMPOTENCY#{scope}#{key} IDEMPOTENCY             see platform IdempotencyStore
 * </pre>
 * Hot keys: every booking of a slot writes one of its seat counters, each its own partition key,
 * so a release rush spreads over up to 16 partitions (see SeatShards); the slot item itself is
 * only read (and cached per instance: it never changes). gsi2 spreads a day over 10 keys so a
 * rush does not throttle through one index partition. Appointments are kept; counters, slots,
 * guards and waitlists expire some time after the slot (ttl, epoch seconds).
 */
public final class AppointmentsTable {
    static final String GSI1 = "gsi1";
    static final String GSI2 = "gsi2";
    static final int DAY_SHARDS = 10;

    private AppointmentsTable() {
    }
}
