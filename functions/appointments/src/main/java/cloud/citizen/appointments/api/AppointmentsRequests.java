package cloud.citizen.appointments.api;

import cloud.citizen.appointments.domain.ProviderType;

/** Request bodies. Dates and times arrive as text, so that a bad one is named in a 400, not lost in a parse error. */
final class AppointmentsRequests {
    private AppointmentsRequests() {
    }

    record ProviderRequest(String providerId, String name, ProviderType type, String district, String communityId,
            String address, String department, String vaccine) {
    }

    /** A day's schedule: the session {@code start}-{@code end} ("HH:mm", city time) split into {@code count} slots. */
    record ScheduleRequest(String date, String start, String end, Integer capacity, Integer count, Integer dose) {
    }

    record BookingRequest(String slotId) {
    }

    record CheckInRequest(String code) {
    }
}
