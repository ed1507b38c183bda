package cloud.citizen.appointments.api;

import static cloud.citizen.appointments.testing.AppointmentsFixtures.book;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.citizen;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.itemCount;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.newUser;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.provider;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.remaining;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.slot;
import static cloud.citizen.appointments.testing.AppointmentsFixtures.tomorrowAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;

import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.appointments.testing.DynamoDbFaults;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** DynamoDB throttled or unreachable while booking: 503 problem+json with Retry-After, and nothing written. */
@QuarkusTest
@EmulatedAwsTest
class DynamoDbFaultsTest {
    @Inject
    AppointmentsComponents components;

    static Stream<Supplier<RuntimeException>> faults() {
        return Stream.of(
                () -> ProvisionedThroughputExceededException.builder().message("injected").statusCode(400).build(),
                () -> DynamoDbException.builder().message("injected").statusCode(400)
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("ThrottlingException").build()).build(),
                () -> RequestLimitExceededException.builder().message("injected").statusCode(400).build(),
                () -> DynamoDbException.builder().message("injected").statusCode(500)
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("InternalServerError").build()).build(),
                () -> SdkClientException.create("injected: Unable to execute HTTP request: Connection refused"));
    }

    @AfterEach
    void heal() {
        DynamoDbFaults.heal();
    }

    @ParameterizedTest
    @MethodSource("faults")
    void booking_whileDynamoDbFails_answers503WithRetryAfter_andWritesNothing(Supplier<RuntimeException> fault) {
        Slot slot = slot(components, provider(components, ProviderType.HOSPITAL, "c-faults"), tomorrowAt(10, 0), 3);
        String person = newUser();
        int itemsBefore = itemCount();

        DynamoDbFaults.failTransactions(fault);
        book(citizen(person), slot).then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("2")).body("code", equalTo("SERVICE_UNAVAILABLE"));
        DynamoDbFaults.heal();

        assertThat(itemCount()).isEqualTo(itemsBefore);
        assertThat(remaining(components, slot)).isEqualTo(3);
        book(citizen(person), slot).then().statusCode(201); // the same request, retried later, goes through
    }
}
