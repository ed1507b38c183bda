package cloud.citizen.catalog.service;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Unguessable ids: a submission id is not a way to find other people's submissions. */
public final class RandomIds {
    private final SecureRandom random = new SecureRandom();

    public String next(String prefix) {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }
}
