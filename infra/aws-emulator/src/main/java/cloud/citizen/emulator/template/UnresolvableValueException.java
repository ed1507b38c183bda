package cloud.citizen.emulator.template;

/** A template value that cannot be resolved locally: unknown reference, attribute or unsupported function. */
public class UnresolvableValueException extends IllegalArgumentException {

    public UnresolvableValueException(String message) {
        super(message);
    }
}
