package cloud.citizen.apidocs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A refusal this endpoint can answer with, one line per refusal class: {@code @Refuses(SlotFullException.class)}.
 * The class carries its status and code ({@link ErrorDoc}); {@link RefusalResponses} turns the list into the
 * operation's problem+json responses in the OpenAPI document. Refusals that every endpoint shares
 * (401, 403, 400 validation, 413, idempotency, cursors, 500) are added from the method itself, not listed here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Refuses.List.class)
public @interface Refuses {
    /** A refusal class (a subclass of the platform's {@code Refusal}) annotated with {@link ErrorDoc}. */
    Class<? extends RuntimeException> value();

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        Refuses[] value();
    }
}
