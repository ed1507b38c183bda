package cloud.citizen.accounts.domain;

import java.util.Set;

/**
 * Passwords that appear near the top of every leaked-password ranking (international and Chinese)
 * and that would otherwise pass the length and character-class rules. Only such passwords are
 * worth listing: "123456" is already refused by the other rules. Entries are lower-case; the
 * policy compares case-insensitively so "Password1" and "PASSWORD1" are both caught.
 *
 * <p>Kept in code rather than a resource file so a native image needs no resource registration.
 */
final class CommonPasswords {

    private static final Set<String> LOWER_CASE = Set.of(
            "password1", "password12", "password123", "password1!", "password@123",
            "passw0rd", "passw0rd!", "p@ssw0rd", "p@ssw0rd1", "p@ssword", "p@ssword1", "p@55w0rd",
            "admin123", "admin1234", "admin12345", "admin@123", "admin888",
            "root1234", "root@123", "test1234", "test@123",
            "qwerty123", "qwerty12", "qwerty1!", "qwer1234", "qwer@1234", "1234qwer",
            "1qaz@wsx", "1qaz2wsx", "1qaz!qaz", "!qaz2wsx", "zaq1@wsx", "zaq12wsx",
            "1q2w3e4r", "1q2w3e4r5t", "q1w2e3r4", "123qwe!@#",
            "abc12345", "abc123456", "abc@1234", "abc@123456", "abcd1234", "abcd@1234", "1234abcd",
            "a1234567", "a12345678", "a123456789", "aa123456", "aa123456789", "aa111111", "aa123123",
            "asd123456", "asdf1234", "zxcv1234", "zxcvbnm123", "qq123456",
            "woaini1314", "woaini520", "iloveyou1", "iloveyou1314",
            "welcome1", "welcome123", "letmein1", "changeme1", "huawei123", "huawei@123");

    private CommonPasswords() {
    }

    static boolean contains(String lowerCasePassword) {
        return LOWER_CASE.contains(lowerCasePassword);
    }
}
