package cloud.citizen.appointments.store;

import static cloud.citizen.platform.aws.TransactionFailures.conditionFailed;
import static cloud.citizen.platform.aws.TransactionFailures.conflicted;
import static cloud.citizen.platform.aws.Attributes.key;
import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.number;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.appointments.AppointmentsSettings;
import cloud.citizen.appointments.domain.AlreadyWaitingException;
import cloud.citizen.appointments.domain.Appointment;
import cloud.citizen.appointments.events.AppointmentsMessages;
import cloud.citizen.appointments.service.PromotionAttempt;
import cloud.citizen.appointments.service.SeatHandover;
import cloud.citizen.appointments.service.Waiter;
import cloud.citizen.appointments.service.Waitlist;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.outbox.OutboxEvent;

/**
 * A slot's line (WAITLIST#{slotId}: LINE#{seq}, USER#{userId}, NEXT) and hand-over markers
 * (HANDOVER#{id}); see {@link AppointmentsTable}. Promotion and release each write the hand-over
 * marker in their transaction, so a redelivered hand-over can neither book twice nor free the
 * seat twice.
 */
public final class DynamoWaitlist implements Waitlist {
    static final Duration MARKER_KEPT = Duration.ofDays(7);
    private static final int CONFLICT_RETRIES = 5;
    private static final String LINE = "LINE#";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Outbox outbox;
    private final AppointmentsSettings settings;
    private final Clock clock;

    public DynamoWaitlist(DynamoDbClient dynamo, AppointmentsSettings settings, Outbox outbox, Clock clock) {
        this.dynamo = dynamo;
        this.table = settings.table();
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    private static String pk(String slotId) {
        return "WAITLIST#" + slotId;
    }

    private static String lineKey(long seq) {
        return LINE + String.format("%012d", seq);
    }

    @Override
    public int join(String slotId, String userId, Instant at) {
        long seq = Long.parseLong(dynamo.updateItem(update -> update.tableName(table).key(key(pk(slotId), "NEXT"))
                .updateExpression("ADD seq :one").expressionAttributeValues(Map.of(":one", n(1)))
                .returnValues(ReturnValue.UPDATED_NEW)).attributes().get("seq").n());
        long ttl = at.plus(Duration.ofDays(30)).getEpochSecond();
        Map<String, AttributeValue> place = new HashMap<>(key(pk(slotId), "USER#" + userId));
        place.put("seq", n(seq));
        place.put("ttl", n(ttl));
        Map<String, AttributeValue> entry = new HashMap<>(key(pk(slotId), lineKey(seq)));
        entry.put("userId", s(userId));
        entry.put("seq", n(seq));
        entry.put("joinedAt", n(at.toEpochMilli()));
        entry.put("ttl", n(ttl));
        try {
            dynamo.transactWriteItems(tx -> tx.transactItems(
                    TransactWriteItem.builder().put(put -> put.tableName(table).item(place)
                            .conditionExpression("attribute_not_exists(pk)")).build(),
                    TransactWriteItem.builder().put(put -> put.tableName(table).item(entry)).build()));
        } catch (TransactionCanceledException e) {
            if (conditionFailed(e, 0)) {
                throw new AlreadyWaitingException();
            }
            throw e;
        }
        return dynamo.query(query -> query.tableName(table).consistentRead(true).select("COUNT")
                .keyConditionExpression("pk = :pk AND sk BETWEEN :first AND :mine")
                .expressionAttributeValues(Map.of(":pk", s(pk(slotId)), ":first", s(LINE), ":mine", s(lineKey(seq)))))
                .count();
    }

    @Override
    public boolean anyoneWaiting(String slotId) {
        return first(slotId).isPresent();
    }

    @Override
    public Optional<Waiter> first(String slotId) {
        return dynamo.query(query -> query.tableName(table).consistentRead(true).limit(1)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :line)")
                .expressionAttributeValues(Map.of(":pk", s(pk(slotId)), ":line", s(LINE))))
                .items().stream().findFirst()
                .map(item -> new Waiter(slotId, text(item, "userId"), number(item, "seq"),
                        Instant.ofEpochMilli(number(item, "joinedAt"))));
    }

    @Override
    public PromotionAttempt promote(Waiter waiter, Appointment appointment, String handoverId, String notice) {
        OutboxEvent message = AppointmentsMessages.userMessage(UUID.randomUUID().toString(), waiter.userId(), notice,
                settings.notificationsQueue());
        OutboxEvent usage = AppointmentsMessages.booked(appointment, settings.statsQueue());
        TransactWriteItem[] writes = {
            putNew(AppointmentItems.toItem(appointment)),
            putNew(AppointmentItems.guardItem(appointment, true)),
            TransactWriteItem.builder().delete(delete -> delete.tableName(table)
                    .key(key(pk(waiter.slotId()), lineKey(waiter.sequence())))
                    .conditionExpression("attribute_exists(pk)")).build(),
            TransactWriteItem.builder().delete(delete -> delete.tableName(table)
                    .key(key(pk(waiter.slotId()), "USER#" + waiter.userId()))).build(),
            putNew(marker(handoverId)),
            outbox.record(message),
            outbox.record(usage) };
        for (int attempt = 0;; attempt++) {
            try {
                dynamo.transactWriteItems(tx -> tx.transactItems(writes));
                outbox.deliver(message);
                outbox.deliver(usage);
                return new PromotionAttempt.Promoted(appointment);
            } catch (TransactionCanceledException e) {
                if (conditionFailed(e, 4)) {
                    return new PromotionAttempt.AlreadyHandled();
                }
                if (conditionFailed(e, 2)) {
                    return new PromotionAttempt.WaiterGone();
                }
                if (conditionFailed(e, 1)) {
                    return new PromotionAttempt.WaiterAlreadyBooked();
                }
                if (!conflicted(e) || attempt >= CONFLICT_RETRIES) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void drop(Waiter waiter) {
        dynamo.transactWriteItems(tx -> tx.transactItems(
                TransactWriteItem.builder().delete(delete -> delete.tableName(table)
                        .key(key(pk(waiter.slotId()), lineKey(waiter.sequence())))).build(),
                TransactWriteItem.builder().delete(delete -> delete.tableName(table)
                        .key(key(pk(waiter.slotId()), "USER#" + waiter.userId()))).build()));
    }

    @Override
    public void releaseSeat(SeatHandover handover) {
        for (int attempt = 0;; attempt++) {
            try {
                dynamo.transactWriteItems(tx -> tx.transactItems(
                        putNew(marker(handover.handoverId())),
                        TransactWriteItem.builder().update(update -> update.tableName(table)
                                .key(SlotItems.shardKey(handover.slotId(), handover.shard()))
                                .updateExpression("SET booked = booked - :one")
                                .conditionExpression(DynamoAppointmentLedger.GIVE_SEAT_BACK)
                                .expressionAttributeValues(Map.of(":one", n(1), ":zero", n(0)))).build()));
                return;
            } catch (TransactionCanceledException e) {
                if (conditionFailed(e, 0)) {
                    return; // released (or given to a waiter) before: this is a redelivery
                }
                if (!conflicted(e) || attempt >= CONFLICT_RETRIES) {
                    throw e;
                }
            }
        }
    }

    private TransactWriteItem putNew(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(put -> put.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)")).build();
    }

    private Map<String, AttributeValue> marker(String handoverId) {
        Map<String, AttributeValue> item = new HashMap<>(key("HANDOVER#" + handoverId, "HANDOVER"));
        item.put("ttl", n(clock.instant().plus(MARKER_KEPT).getEpochSecond()));
        return item;
    }
}
