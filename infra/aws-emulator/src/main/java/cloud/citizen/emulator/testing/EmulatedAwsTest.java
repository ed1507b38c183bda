package cloud.citizen.emulator.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.common.WithTestResource;

/**
 * Runs a {@code @QuarkusTest} against the emulated AWS services, provisioned from template.yaml,
 * with the function's resolved environment as configuration. See {@link EmulatedAwsResource}.
 * <pre>
 * &#64;QuarkusTest
 * &#64;EmulatedAwsTest
 * class LoginTest { ... }
 * </pre>
 * Test classes with the same attribute values share one running application (Quarkus does not
 * restart between them). With {@code -Daws.emulator=localstack} and no Docker engine, the class
 * is skipped rather than failed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WithTestResource(EmulatedAwsResource.class)
@ExtendWith(LocalStackAvailability.class)
public @interface EmulatedAwsTest {

    /** Logical id of the function under test; by default the one whose CodeUri lies in the test's module. */
    String function() default "";

    /** Template parameter overrides as {@code Name=value}, e.g. {@code "SmsGateway=log"} (environment only). */
    String[] parameters() default {};
}
