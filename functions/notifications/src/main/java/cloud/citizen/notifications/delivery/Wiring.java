package cloud.citizen.notifications.delivery;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.notifications.domain.ContactBook;
import cloud.citizen.notifications.domain.DeliveryLedger;
import cloud.citizen.notifications.domain.Dispatcher;
import cloud.citizen.notifications.domain.SmsGateway;

/** Builds the consumer's parts from configuration; the SMS gateway is chosen by SMS_GATEWAY. */
public class Wiring {

    @Produces
    @Singleton
    DynamoDbClient dynamo(@ConfigProperty(name = "citizen.aws.region") String region,
            @ConfigProperty(name = "citizen.aws.dynamodb.endpoint") Optional<URI> endpoint) {
        var builder = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.of(region));
        endpoint.ifPresentOrElse(uri -> builder.endpointOverride(uri).credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))),
                () -> builder.credentialsProvider(EnvironmentVariableCredentialsProvider.create()));
        return builder.build();
    }

    @Produces
    @Singleton
    SmsGateway smsGateway(@ConfigProperty(name = "citizen.sms.gateway") String gateway,
            @ConfigProperty(name = "citizen.sms.delivery-log") Path deliveryLog,
            @ConfigProperty(name = "citizen.aws.region") String region, ObjectMapper json) {
        return switch (gateway) {
            case "file" -> new FileSmsGateway(deliveryLog, json);
            case "sns" -> new SnsSmsGateway(SnsClient.builder().httpClient(UrlConnectionHttpClient.create())
                    .region(Region.of(region)).credentialsProvider(EnvironmentVariableCredentialsProvider.create()).build());
            default -> throw new IllegalStateException("SMS_GATEWAY must be sns or file, not " + gateway);
        };
    }

    @Produces
    @Singleton
    Dispatcher dispatcher(DeliveryLedger ledger, ContactBook contacts, SmsGateway sms) {
        return new Dispatcher(ledger, contacts, sms);
    }
}
