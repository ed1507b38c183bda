package cloud.citizen.accounts.domain;

/**
 * The outcome of turning untrusted input into a domain value: the value, or a reason a person can
 * read. Reasons never repeat the input, because the input may be personal data and reasons end up
 * in responses and logs.
 */
public sealed interface Parsed<T> {

    record Valid<T>(T value) implements Parsed<T> {
    }

    record Invalid<T>(String reason) implements Parsed<T> {
    }
}
