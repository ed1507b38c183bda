package cloud.citizen.apidocs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entry of the error catalogue (docs/errors.md): the status and code a refusal answers with and
 * what it means and what the app should do about it. On a refusal class; on a {@code public static final String} code
 * constant (the platform's {@code ErrorCodes}) the code is the constant's value and {@link #code} stays empty.
 * Repeated where one class answers with several codes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.FIELD })
@Repeatable(ErrorDoc.List.class)
public @interface ErrorDoc {
    int status();

    String code() default "";

    /** What went wrong, in a few words (the problem's title). */
    String meaning();

    /** What the app should do: show, retry, ask the user for something, or log a bug. */
    String hint();

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.TYPE, ElementType.FIELD })
    @interface List {
        ErrorDoc[] value();
    }
}
