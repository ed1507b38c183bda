package cloud.citizen.appointments.domain;

/**
 * A hospital department or a vaccination site. It belongs to one community (the staff who serve
 * that community run its schedule and check people in) in one district. {@code department} is set
 * for hospitals, {@code vaccine} (the product, e.g. "influenza") for vaccination sites.
 */
public record Provider(String providerId, String name, ProviderType type, String district, String communityId,
        String address, String department, String vaccine) {

    /** Ids go into keys and slot ids: lower-case letters, digits and dashes only. */
    public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{2,47}";
}
