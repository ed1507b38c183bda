package cloud.citizen.local.seed;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cloud.citizen.emulator.EmulatedStack;
import cloud.citizen.local.gateway.SmsDeliveryLog;

/**
 * What a seed step works with: the public API (seed through it wherever the API allows), the SMS
 * delivery log (to read verification codes), the emulated stack (for the few facts no API sets,
 * such as roles), and the demo accounts' tokens once the accounts step has logged them in.
 */
public final class SeedContext {

    private static final Pattern SIX_DIGITS = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");

    private final LocalApiClient api;
    private final SmsDeliveryLog sms;
    private final EmulatedStack stack;
    private final Map<String, String> accessTokens = new ConcurrentHashMap<>();

    public SeedContext(LocalApiClient api, SmsDeliveryLog sms, EmulatedStack stack) {
        this.api = api;
        this.sms = sms;
        this.stack = stack;
    }

    public LocalApiClient api() {
        return api;
    }

    public EmulatedStack stack() {
        return stack;
    }

    /** Waits for a text with a six-digit code sent to {@code phone} at or after {@code since}. */
    public String awaitSmsCode(String phone, Instant since, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            for (SmsDeliveryLog.Sms message : sms.deliveredTo(Optional.of(phone))) {
                if (!Instant.parse(message.sentAt()).isBefore(since.minusSeconds(1))) {
                    Matcher code = SIX_DIGITS.matcher(message.text());
                    if (code.find()) {
                        return code.group(1);
                    }
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        throw new IllegalStateException("no SMS code reached " + phone.substring(0, 3) + "**** within "
                + limit.toSeconds() + " s (is the notifications function running?)");
    }

    public void rememberAccessToken(DemoAccount account, String token) {
        accessTokens.put(account.phone(), token);
    }

    /** The access token of a demo account, for steps that create data as that person. */
    public String accessToken(DemoAccount account) {
        String token = accessTokens.get(account.phone());
        if (token == null) {
            throw new IllegalStateException("the accounts seed step has not logged in " + account.displayName());
        }
        return token;
    }
}
