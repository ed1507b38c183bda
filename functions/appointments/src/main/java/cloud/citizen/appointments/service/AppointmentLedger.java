package cloud.citizen.appointments.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

import cloud.citizen.appointments.domain.Appointment;
import cloud.citizen.appointments.domain.BookingScope;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/**
 * Appointments, the one-booking-per-scope guards and the seat counters they take. Every state
 * change is one conditional transaction: capacity and "one active booking" are never checked by
 * reading first.
 */
public interface AppointmentLedger {

    /** Takes a seat on {@code appointment.shard()}, claims the person's scope and writes the appointment and its usage event, all or nothing. */
    BookingAttempt book(Appointment appointment);

    Optional<Appointment> find(String appointmentId);

    /** A person's appointments, latest start first. */
    Page<Appointment> ofUser(String userId, PageRequest page);

    /** Whether the person holds an active booking in this scope. */
    boolean holds(String userId, BookingScope scope);

    /**
     * Cancels a booked appointment and releases its scope; the seat is freed or handed over (an
     * event for the waitlist consumer, in the same transaction). False when it was no longer booked.
     */
    boolean cancel(Appointment appointment, Instant at, SeatRelease release);

    /** Marks a booked appointment checked in. False when it was no longer booked. */
    boolean checkIn(Appointment appointment, Instant at);

    /** Every appointment still booked that starts on this city date. */
    void forEachBookedOn(LocalDate date, Consumer<ReminderTarget> action);
}
