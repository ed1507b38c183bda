package cloud.citizen.appointments.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cloud.citizen.appointments.domain.CityTime;
import cloud.citizen.appointments.domain.DaySchedule;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderNotFoundException;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.appointments.domain.SlotOccupancy;
import cloud.citizen.appointments.domain.SlotOverlapException;
import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;
import cloud.citizen.platform.problem.ProblemException;

/** Staff publish a day's slots in one call; anyone lists a day's slots with their free seats. */
public final class SlotPlanning {
    private final ProviderDirectory providers;
    private final SlotCalendar slots;
    private final Clock clock;

    public SlotPlanning(ProviderDirectory providers, SlotCalendar slots, Clock clock) {
        this.providers = providers;
        this.slots = slots;
        this.clock = clock;
    }

    public List<SlotView> publish(Caller staff, String providerId, DaySchedule schedule) {
        Provider provider = providers.find(providerId).orElseThrow(ProviderNotFoundException::new);
        if (!staff.serves(provider.communityId())) {
            throw ProblemException.forbidden("You do not serve the community of this provider.");
        }
        if (schedule.date().isBefore(CityTime.dateOf(clock.instant()))) {
            throw ProblemException.invalid("date", "must be today or later");
        }
        List<Slot> planned = schedule.slotsOf(provider);
        List<Slot> existing = slots.onDay(providerId, schedule.date());
        if (planned.stream().anyMatch(slot -> existing.stream().anyMatch(slot::overlaps))) {
            throw new SlotOverlapException();
        }
        slots.create(planned);
        return planned.stream().map(slot -> new SlotView(slot, slot.capacity())).toList();
    }

    public Page<SlotView> list(String providerId, LocalDate date, PageRequest page) {
        providers.find(providerId).orElseThrow(ProviderNotFoundException::new);
        Page<Slot> found = slots.page(providerId, date, page);
        Map<String, SlotOccupancy> occupancy = slots.occupancies(found.items());
        return found.map(slot -> new SlotView(slot, occupancy.containsKey(slot.slotId())
                ? occupancy.get(slot.slotId()).remaining() : 0));
    }
}
