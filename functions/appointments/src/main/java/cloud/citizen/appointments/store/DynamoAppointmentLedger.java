package cloud.citizen.appointments.store;

import static cloud.citizen.platform.aws.TransactionFailures.conditionFailed;
import static cloud.citizen.platform.aws.TransactionFailures.conflicted;
import static cloud.citizen.platform.aws.Attributes.isEmpty;
import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.appointments.AppointmentsSettings;
import cloud.citizen.appointments.domain.Appointment;
import cloud.citizen.appointments.domain.BookingScope;
import cloud.citizen.appointments.events.AppointmentsMessages;
import cloud.citizen.appointments.service.AppointmentLedger;
import cloud.citizen.appointments.service.BookingAttempt;
import cloud.citizen.appointments.service.ReminderTarget;
import cloud.citizen.appointments.service.SeatHandover;
import cloud.citizen.appointments.service.SeatRelease;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/**
 * Appointments (APPT#{id}), scope guards (USER#{userId}/SCOPE#{scope}) and the seat counters they
 * take; see {@link AppointmentsTable}. Booking and cancelling are one transaction each; a booking's
 * usage event for stats (outbox) is written in the booking's transaction, so stats counts exactly
 * the bookings that happened.
 */
public final class DynamoAppointmentLedger implements AppointmentLedger {
    /** A cancellation races only a check-in or a second cancellation of the same appointment: a few retries do. */
    private static final int CONFLICT_RETRIES = 5;
    /** CAPACITY is a DynamoDB reserved word, hence the name placeholder. */
    static final String TAKE_SEAT = "booked < #capacity";
    static final String GIVE_SEAT_BACK = "booked > :zero";

    private final DynamoDbClient dynamo;
    private final String table;
    private final CursorCodec cursors;
    private final Outbox outbox;
    private final AppointmentsSettings settings;

    public DynamoAppointmentLedger(DynamoDbClient dynamo, AppointmentsSettings settings, CursorCodec cursors,
            Outbox outbox) {
        this.dynamo = dynamo;
        this.table = settings.table();
        this.settings = settings;
        this.cursors = cursors;
        this.outbox = outbox;
    }

    @Override
    public BookingAttempt book(Appointment appointment) {
        OutboxEvent usage = AppointmentsMessages.booked(appointment, settings.statsQueue());
        try {
            dynamo.transactWriteItems(tx -> tx.transactItems(
                    // the capacity rule lives in this condition, on one counter of the slot
                    TransactWriteItem.builder().update(update -> update.tableName(table)
                            .key(SlotItems.shardKey(appointment.slotId(), appointment.shard()))
                            .updateExpression("SET booked = booked + :one")
                            .conditionExpression(TAKE_SEAT)
                            .expressionAttributeNames(Map.of("#capacity", "capacity"))
                            .expressionAttributeValues(Map.of(":one", n(1)))).build(),
                    putNew(AppointmentItems.guardItem(appointment, true)),
                    putNew(AppointmentItems.toItem(appointment)),
                    // stats counts the booking only if it happened: same transaction
                    outbox.record(usage)));
            outbox.deliver(usage);
            return new BookingAttempt.Booked(appointment);
        } catch (TransactionCanceledException e) {
            if (conditionFailed(e, 1)) {
                return new BookingAttempt.AlreadyBooked();
            }
            if (conditionFailed(e, 0)) {
                return new BookingAttempt.SeatTaken();
            }
            if (conflicted(e)) {
                return new BookingAttempt.Contended();
            }
            throw e;
        }
    }

    private TransactWriteItem putNew(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(put -> put.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)")).build();
    }

    @Override
    public Optional<Appointment> find(String appointmentId) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                .key(AppointmentItems.keyOf(appointmentId)).consistentRead(true)).item();
        return isEmpty(item) ? Optional.empty() : Optional.of(AppointmentItems.fromItem(item));
    }

    @Override
    public Page<Appointment> ofUser(String userId, PageRequest page) {
        String pk = AppointmentItems.userPk(userId);
        QueryResponse response = dynamo.query(query -> query.tableName(table).indexName(AppointmentsTable.GSI1)
                .keyConditionExpression("gsi1pk = :pk").expressionAttributeValues(Map.of(":pk", s(pk)))
                .scanIndexForward(false).limit(page.limit())
                .exclusiveStartKey(Cursors.startKey(cursors, page.cursor(), "gsi1pk", pk)));
        return new Page<>(response.items().stream().map(AppointmentItems::fromItem).toList(),
                Cursors.next(cursors, response.lastEvaluatedKey()));
    }

    @Override
    public boolean holds(String userId, BookingScope scope) {
        return !isEmpty(dynamo.getItem(get -> get.tableName(table).key(AppointmentItems.guardKey(userId, scope))
                .consistentRead(true)).item());
    }

    @Override
    public boolean cancel(Appointment appointment, Instant at, SeatRelease release) {
        OutboxEvent handover = release == SeatRelease.HAND_OVER_TO_WAITLIST
                ? AppointmentsMessages.seatHandover(new SeatHandover(UUID.randomUUID().toString(), appointment.slotId(),
                        appointment.shard()), settings.waitlistQueue())
                : null;
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().update(update -> update.tableName(table)
                .key(AppointmentItems.keyOf(appointment.appointmentId()))
                .updateExpression("SET #status = :cancelled, cancelledAt = :at REMOVE gsi2pk, gsi2sk")
                .conditionExpression("#status = :booked")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":cancelled", s("CANCELLED"), ":booked", s("BOOKED"),
                        ":at", n(at.toEpochMilli())))).build());
        writes.add(TransactWriteItem.builder().delete(delete -> delete.tableName(table)
                .key(AppointmentItems.guardKey(appointment.userId(), appointment.scope()))
                // an expired guard is fine; another appointment's guard is not ours to remove
                .conditionExpression("attribute_not_exists(pk) OR appointmentId = :id")
                .expressionAttributeValues(Map.of(":id", s(appointment.appointmentId())))).build());
        if (handover == null) {
            writes.add(TransactWriteItem.builder().update(update -> update.tableName(table)
                    .key(SlotItems.shardKey(appointment.slotId(), appointment.shard()))
                    .updateExpression("SET booked = booked - :one")
                    .conditionExpression(GIVE_SEAT_BACK)
                    .expressionAttributeValues(Map.of(":one", n(1), ":zero", n(0)))).build());
        } else {
            writes.add(outbox.record(handover));
        }
        if (!transact(writes)) {
            return false;
        }
        if (handover != null) {
            outbox.deliver(handover);
        }
        return true;
    }

    @Override
    public boolean checkIn(Appointment appointment, Instant at) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().update(update -> update.tableName(table)
                .key(AppointmentItems.keyOf(appointment.appointmentId()))
                .updateExpression("SET #status = :checkedIn, checkedInAt = :at REMOVE gsi2pk, gsi2sk")
                .conditionExpression("#status = :booked")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":checkedIn", s("CHECKED_IN"), ":booked", s("BOOKED"),
                        ":at", n(at.toEpochMilli())))).build());
        if (appointment.scope().isVaccineDose()) {
            // a dose given is given for good: its guard no longer expires
            writes.add(TransactWriteItem.builder().put(put -> put.tableName(table)
                    .item(AppointmentItems.guardItem(appointment, false))).build());
        }
        return transact(writes);
    }

    /** Runs a transaction whose first item carries the state condition; false when that condition failed. */
    private boolean transact(List<TransactWriteItem> writes) {
        for (int attempt = 0;; attempt++) {
            try {
                dynamo.transactWriteItems(tx -> tx.transactItems(writes));
                return true;
            } catch (TransactionCanceledException e) {
                if (conditionFailed(e, 0)) {
                    return false;
                }
                if (!conflicted(e) || attempt >= CONFLICT_RETRIES) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void forEachBookedOn(LocalDate date, Consumer<ReminderTarget> action) {
        for (int shard = 0; shard < AppointmentsTable.DAY_SHARDS; shard++) {
            String pk = "DAY#" + date + "#" + shard;
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                QueryResponse page = dynamo.query(query -> query.tableName(table).indexName(AppointmentsTable.GSI2)
                        .keyConditionExpression("gsi2pk = :pk").expressionAttributeValues(Map.of(":pk", s(pk)))
                        .exclusiveStartKey(from));
                for (Map<String, AttributeValue> item : page.items()) {
                    action.accept(new ReminderTarget(text(item, "appointmentId"), text(item, "userId"),
                            text(item, "providerName"), SlotItems.cityTime(text(item, "startsAt"))));
                }
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            } while (start != null);
        }
    }
}
