package cloud.citizen.appointments.api;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import cloud.citizen.appointments.domain.Appointment;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.service.SlotView;

/** Response bodies; times are ISO-8601 with the city's offset (2026-11-28T09:00:00+08:00). */
final class AppointmentsResponses {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private AppointmentsResponses() {
    }

    static String iso(OffsetDateTime time) {
        return ISO.format(time);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProviderResponse(String providerId, String name, String type, String district, String communityId,
            String address, String department, String vaccine) {

        static ProviderResponse of(Provider p) {
            return new ProviderResponse(p.providerId(), p.name(), p.type().wireName(), p.district(), p.communityId(),
                    p.address(), p.department(), p.vaccine());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SlotResponse(String slotId, String providerId, String date, String start, String end, int capacity,
            int remaining, Integer dose) {

        static SlotResponse of(SlotView view) {
            var slot = view.slot();
            return new SlotResponse(slot.slotId(), slot.providerId(), slot.date().toString(), iso(slot.start()),
                    iso(slot.end()), slot.capacity(), view.remaining(),
                    slot.providerType() == ProviderType.VACCINE ? slot.dose() : null);
        }
    }

    record SlotsResponse(List<SlotResponse> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AppointmentResponse(String appointmentId, String slotId, String providerId, String providerName,
            String start, String end, String code, String status) {

        static AppointmentResponse of(Appointment a) {
            return new AppointmentResponse(a.appointmentId(), a.slotId(), a.providerId(), a.providerName(),
                    iso(a.start()), iso(a.end()), a.code(), a.status().wireName());
        }
    }

    record WaitlistResponse(String slotId, int position) {
    }
}
