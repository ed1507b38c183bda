package cloud.citizen.accounts.domain.crypto;

/**
 * A freshly issued refresh token: {@code value} goes to the client once, {@code hash} is what the
 * store keeps. {@link #toString()} hides the value so it cannot end up in a log.
 */
public record RefreshToken(String value, String hash) {

    @Override
    public String toString() {
        return "RefreshToken[hash=" + hash + "]";
    }
}
