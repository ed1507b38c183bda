package cloud.citizen.platform.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The endpoint refuses requests without an Idempotency-Key header (400 IDEMPOTENCY_KEY_REQUIRED). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface IdempotencyKeyRequired {
}
