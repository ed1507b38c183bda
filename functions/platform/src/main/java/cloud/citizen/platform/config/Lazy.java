package cloud.citizen.platform.config;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use and then shared (thread-safe). What the first request of a cold instance
 * does not need (an SQS client for a GET, a presigner, a key read from Secrets Manager) is built
 * through one of these, so init and that first request do not pay for it; SnapStart primers may
 * still touch it before the snapshot.
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<? extends T> factory;
    private volatile T value;

    private Lazy(Supplier<? extends T> factory) {
        this.factory = Objects.requireNonNull(factory);
    }

    public static <T> Lazy<T> of(Supplier<? extends T> factory) {
        return new Lazy<>(factory);
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = Objects.requireNonNull(factory.get(), "a lazy value cannot be null");
                    value = current;
                }
            }
        }
        return current;
    }

    /** Whether the value has been made (for tests that prove something was not built). */
    public boolean isMade() {
        return value != null;
    }
}
