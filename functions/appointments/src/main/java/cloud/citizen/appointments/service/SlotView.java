package cloud.citizen.appointments.service;

import cloud.citizen.appointments.domain.Slot;

/** A slot with its free seats as just read. */
public record SlotView(Slot slot, int remaining) {
}
