package cloud.citizen.local.lambda;

import java.util.concurrent.ThreadLocalRandom;

/** X-Ray style trace headers: runtimes pass them on, nothing locally reads them. */
final class TraceIds {

    private TraceIds() {
    }

    static String newTraceHeader() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String epoch = Long.toHexString(System.currentTimeMillis() / 1000);
        return "Root=1-" + epoch + "-" + hex(random, 24) + ";Parent=" + hex(random, 16) + ";Sampled=0";
    }

    static String hex(ThreadLocalRandom random, int digits) {
        StringBuilder out = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            out.append(Character.forDigit(random.nextInt(16), 16));
        }
        return out.toString();
    }
}
