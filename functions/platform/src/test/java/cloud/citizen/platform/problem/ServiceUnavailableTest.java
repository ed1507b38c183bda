package cloud.citizen.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

class ServiceUnavailableTest {

    static Throwable[] transientFaults() {
        return new Throwable[] {
                ProvisionedThroughputExceededException.builder().message("x").build(),
                RequestLimitExceededException.builder().message("x").build(),
                DynamoDbException.builder().statusCode(400)
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("ThrottlingException").build()).build(),
                DynamoDbException.builder().statusCode(500)
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("InternalServerError").build()).build(),
                SdkClientException.create("Unable to execute HTTP request: Connection refused"),
                TransactionCanceledException.builder().cancellationReasons(
                        CancellationReason.builder().code("None").build(),
                        CancellationReason.builder().code("ThrottlingError").build()).build(),
                new CompletionException(ProvisionedThroughputExceededException.builder().message("x").build()),
        };
    }

    @ParameterizedTest
    @MethodSource("transientFaults")
    void throttlingUnavailableOrUnreachable_isTransient(Throwable fault) {
        assertThat(ServiceUnavailable.isTransient(fault)).isTrue();
    }

    @Test
    void clientMistakesAndBugs_areNot() {
        assertThat(ServiceUnavailable.isTransient(ConditionalCheckFailedException.builder().message("x").build())).isFalse();
        assertThat(ServiceUnavailable.isTransient(DynamoDbException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException").build()).build())).isFalse();
        assertThat(ServiceUnavailable.isTransient(TransactionCanceledException.builder().cancellationReasons(
                CancellationReason.builder().code("ConditionalCheckFailed").build()).build())).isFalse();
        assertThat(ServiceUnavailable.isTransient(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void response_is503ProblemWithRetryAfter() {
        Response response = ServiceUnavailable.response();

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("2");
        assertThat(((Problem) response.getEntity()).code()).isEqualTo(ErrorCodes.SERVICE_UNAVAILABLE);
    }
}
