package cloud.citizen.platform.config;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.ConfigProvider;

import cloud.citizen.platform.secrets.Secrets;

/**
 * Where a function's settings come from: the variables template.yaml declares for it. Queue and
 * schedule handlers read the process environment ({@link #system()}); the HTTP layer reads
 * MicroProfile Config ({@link #config()}), which sees the same variables in Lambda and the values
 * the test resource supplies in tests. Every {@code <Cap>Settings.from(Environment)} reads through
 * this one interface, so a handler and a resource can never disagree on a name.
 */
@FunctionalInterface
public interface Environment {

    /** The raw value, or empty when absent. */
    Optional<String> lookup(String name);

    /** A value that is set and not blank. */
    default Optional<String> optional(String name) {
        return lookup(name).filter(value -> !value.isBlank());
    }

    /** @throws IllegalStateException naming the variable, so a deploy mistake fails at init with a clear message */
    default String required(String name) {
        return optional(name).orElseThrow(
                () -> new IllegalStateException("environment variable " + name + " is not set (see template.yaml)"));
    }

    /**
     * A secret's value, read from Secrets Manager once per instance: the template sets
     * {@code <name>_SECRET} to the secret's id ({@code id} or {@code id#jsonField}), never the value.
     * Empty when this function is given no such secret.
     */
    default Optional<String> secret(String name) {
        return optional(name + "_SECRET").map(reference -> Secrets.from(this).value(reference));
    }

    /**
     * Like {@link #secret}, but read from Secrets Manager when first asked for: whether the variable
     * is set is known at once, the call (a client and a round trip, a few hundred ms in a cold JVM)
     * is left to the request that needs the value (a cursor to sign), which most first requests are not.
     */
    default Optional<Supplier<String>> secretOnFirstUse(String name) {
        return optional(name + "_SECRET").map(reference -> Lazy.of(() -> Secrets.from(this).value(reference)));
    }

    /** @throws IllegalStateException naming the variable, like {@link #required} */
    default String requiredSecret(String name) {
        return secret(name).orElseThrow(() -> new IllegalStateException(
                "environment variable " + name + "_SECRET is not set (see template.yaml)"));
    }

    static Environment of(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(variables);
        return name -> Optional.ofNullable(copy.get(name));
    }

    static Environment system() {
        return name -> Optional.ofNullable(System.getenv(name));
    }

    static Environment config() {
        return name -> ConfigProvider.getConfig().getOptionalValue(name, String.class);
    }
}
