package cloud.citizen.appointments.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.appointments.domain.SlotOccupancy;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** Slots and their seat counters. */
public interface SlotCalendar {

    /**
     * Creates each slot with its seat counters, each slot on its own (a day can hold more slots than
     * one transaction). @throws cloud.citizen.appointments.domain.SlotOverlapException when a slot
     * with the same id exists; the slots created before it stay.
     */
    void create(List<Slot> slots);

    List<Slot> onDay(String providerId, LocalDate date);

    Optional<Slot> find(String slotId);

    Page<Slot> page(String providerId, LocalDate date, PageRequest page);

    /** The seat counters as they are now (strongly consistent). */
    SlotOccupancy occupancy(Slot slot);

    /** Seat counters of several slots at once, by slot id. */
    Map<String, SlotOccupancy> occupancies(List<Slot> slots);
}
