package cloud.citizen.notifications;

import java.time.Clock;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sns.SnsClient;

import cloud.citizen.notifications.service.Dispatcher;
import cloud.citizen.notifications.service.SmsGateway;
import cloud.citizen.notifications.store.DynamoContactBook;
import cloud.citizen.notifications.store.DynamoDeliveryLedger;
import cloud.citizen.notifications.store.FileSmsGateway;
import cloud.citizen.notifications.store.NotificationsTable;
import cloud.citizen.notifications.store.SnsSmsGateway;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;

/**
 * Builds the notifications capability's adapters and its one use case; the one place that knows
 * how they fit. There is no HTTP layer, so no CDI producer: the queue handler builds it.
 */
public final class NotificationsComponents {
    private final Dispatcher dispatcher;

    public NotificationsComponents(NotificationsSettings settings, AwsClients aws, Clock clock) {
        NotificationsTable table = new NotificationsTable(settings.table());
        this.dispatcher = new Dispatcher(new DynamoDeliveryLedger(aws.dynamoDb(), table, clock),
                new DynamoContactBook(aws.dynamoDb(), table), smsGateway(settings, aws));
    }

    /** For the queue handler, which runs without CDI. */
    public static NotificationsComponents fromEnvironment() {
        Environment env = Environment.system();
        return new NotificationsComponents(NotificationsSettings.from(env), AwsClients.from(env), Clock.systemUTC());
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    private static SmsGateway smsGateway(NotificationsSettings settings, AwsClients aws) {
        return switch (settings.smsGateway()) {
            case FILE -> new FileSmsGateway(settings.smsDeliveryLog());
            // SNS is the one client the platform does not hold: only this function sends SMS
            case SNS -> new SnsSmsGateway(SnsClient.builder().httpClient(UrlConnectionHttpClient.create())
                    .region(aws.region()).credentialsProvider(AwsClients.credentials(aws.endpoint("sns"))).build());
        };
    }
}
