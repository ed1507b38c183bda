package cloud.citizen.accounts.service;

/**
 * What real-name verification stores: a keyed hash of the ID number (the uniqueness key), the
 * encrypted ID number (for the rare lawful lookup) and the masked form shown to the user. The
 * legal name is checked for form and not kept: nothing here needs it (data minimisation).
 */
public record RealNameRecord(String idNumberKey, String encryptedIdNumber, String maskedIdNumber) {
}
