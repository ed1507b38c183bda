package cloud.citizen.appointments.domain;

import java.util.Locale;
import java.util.Optional;

/** What a provider offers: a hospital department's registrations, or a vaccination site's doses. Lower case on the wire. */
public enum ProviderType {
    HOSPITAL, VACCINE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProviderType> fromWire(String name) {
        for (ProviderType type : values()) {
            if (type.wireName().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
