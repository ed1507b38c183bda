package cloud.citizen.platform.paging;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cloud.citizen.platform.config.Environment;

/** The HTTP layer's {@link CursorCodec}, keyed by the secret the template names in {@code CURSOR_KEY_SECRET}. */
public class CursorCodecProducer {
    public static final String CURSOR_KEY = "CURSOR_KEY";

    @Produces
    @Singleton
    CursorCodec cursorCodec() {
        return new CursorCodec(Environment.config().secretOnFirstUse(CURSOR_KEY).orElseThrow(() -> new IllegalStateException(
                CURSOR_KEY + "_SECRET is not set: this function hands out no cursors (see template.yaml)")));
    }
}
