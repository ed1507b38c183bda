package cloud.citizen.platform.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint (or every endpoint of the class) ignores the Idempotency-Key header: nothing is
 * claimed, stored or replayed. For responses that must never be stored or given out twice, such as
 * token responses (a stored refresh token would be a credential at rest, and a replay would hand a
 * rotated token out again instead of revoking its family).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface IdempotencyKeyIgnored {
}
