package cloud.citizen.emulator.template;

/**
 * Answers the {@code {{resolve:secretsmanager:...}}} dynamic references of a template: the local
 * stand-in for Secrets Manager.
 */
@FunctionalInterface
public interface SecretSource {

    SecretSource NONE = name -> {
        throw new IllegalStateException("no secret source configured, cannot resolve secret " + name);
    };

    /** The {@code SecretString} of the named secret (plain text or a JSON object). */
    String secretString(String secretId);
}
