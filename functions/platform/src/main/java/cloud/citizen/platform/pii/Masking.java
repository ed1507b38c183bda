package cloud.citizen.platform.pii;

/** How personal data is shown in responses (API.md): phones 138****5678, ID numbers 510***********1234. */
public final class Masking {
    private Masking() {
    }

    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 7) {
            return "****";
        }
        return idNumber.substring(0, 3) + "*".repeat(idNumber.length() - 7) + idNumber.substring(idNumber.length() - 4);
    }
}
