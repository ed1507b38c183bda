package cloud.citizen.appointments.store;

import static cloud.citizen.platform.aws.Attributes.key;
import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.number;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.appointments.domain.Appointment;
import cloud.citizen.appointments.domain.AppointmentStatus;
import cloud.citizen.appointments.domain.BookingScope;

/** Appointment and scope-guard items; see {@link AppointmentsTable}. */
final class AppointmentItems {
    static final String APPT = "APPT";
    /** A day's guard lapses after the day; a vaccine dose's only if it was never given (check-in keeps it). */
    static final Duration GUARD_KEPT_AFTER_END = Duration.ofDays(1);

    private AppointmentItems() {
    }

    static Map<String, AttributeValue> keyOf(String appointmentId) {
        return key("APPT#" + appointmentId, APPT);
    }

    static Map<String, AttributeValue> guardKey(String userId, BookingScope scope) {
        return key(userPk(userId), "SCOPE#" + scope.value());
    }

    static String userPk(String userId) {
        return "USER#" + userId;
    }

    static String dayPk(Appointment appointment) {
        return "DAY#" + appointment.start().toLocalDate() + "#"
                + Math.floorMod(appointment.appointmentId().hashCode(), AppointmentsTable.DAY_SHARDS);
    }

    static Map<String, AttributeValue> toItem(Appointment appointment) {
        Map<String, AttributeValue> item = new HashMap<>(keyOf(appointment.appointmentId()));
        item.put("appointmentId", s(appointment.appointmentId()));
        item.put("userId", s(appointment.userId()));
        item.put("slotId", s(appointment.slotId()));
        item.put("providerId", s(appointment.providerId()));
        item.put("providerName", s(appointment.providerName()));
        item.put("communityId", s(appointment.communityId()));
        item.put("startsAt", s(appointment.start().toString()));
        item.put("endsAt", s(appointment.end().toString()));
        item.put("dose", n(appointment.dose()));
        item.put("code", s(appointment.code()));
        item.put("status", s(appointment.status().name()));
        item.put("shard", n(appointment.shard()));
        item.put("scope", s(appointment.scope().value()));
        item.put("createdAt", n(appointment.createdAt().toEpochMilli()));
        String sortKey = appointment.start().toInstant() + "#" + appointment.appointmentId();
        item.put("gsi1pk", s(userPk(appointment.userId())));
        item.put("gsi1sk", s(sortKey));
        if (appointment.status() == AppointmentStatus.BOOKED) {
            item.put("gsi2pk", s(dayPk(appointment)));
            item.put("gsi2sk", s(sortKey));
        }
        return item;
    }

    static Appointment fromItem(Map<String, AttributeValue> item) {
        return new Appointment(text(item, "appointmentId"), text(item, "userId"), text(item, "slotId"),
                text(item, "providerId"), text(item, "providerName"), text(item, "communityId"),
                SlotItems.cityTime(text(item, "startsAt")), SlotItems.cityTime(text(item, "endsAt")),
                (int) number(item, "dose"), text(item, "code"),
                AppointmentStatus.valueOf(text(item, "status").toUpperCase(Locale.ROOT)), (int) number(item, "shard"),
                new BookingScope(text(item, "scope")), Instant.ofEpochMilli(number(item, "createdAt")));
    }

    static Map<String, AttributeValue> guardItem(Appointment appointment, boolean expires) {
        Map<String, AttributeValue> item = new HashMap<>(guardKey(appointment.userId(), appointment.scope()));
        item.put("appointmentId", s(appointment.appointmentId()));
        if (expires) {
            item.put("ttl", n(appointment.end().toInstant().plus(GUARD_KEPT_AFTER_END).getEpochSecond()));
        }
        return item;
    }
}
