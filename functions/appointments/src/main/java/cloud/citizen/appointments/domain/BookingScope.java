package cloud.citizen.appointments.domain;

import java.time.LocalDate;

/**
 * What "one active booking per person" counts over: for a hospital department, one provider on
 * one day; for vaccines, one dose of one vaccine anywhere in the city (so nobody holds dose 1 at
 * two sites). Two bookings with the same scope cannot both be active.
 */
public record BookingScope(String value) {

    public static BookingScope of(Provider provider, LocalDate date, int dose) {
        return provider.type() == ProviderType.VACCINE
                ? new BookingScope("VACCINE#" + vaccineOf(provider) + "#DOSE#" + dose)
                : new BookingScope("PROVIDER#" + provider.providerId() + "#DAY#" + date);
    }

    public boolean isVaccineDose() {
        return value.startsWith("VACCINE#");
    }

    /** Vaccine doses are the scopes of vaccination sites; every other scope is a hospital day. */
    public ProviderType providerType() {
        return isVaccineDose() ? ProviderType.VACCINE : ProviderType.HOSPITAL;
    }

    private static String vaccineOf(Provider provider) {
        return provider.vaccine() == null || provider.vaccine().isBlank() ? provider.providerId() : provider.vaccine();
    }
}
