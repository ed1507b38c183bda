package cloud.citizen.bills;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

import cloud.citizen.bills.providers.CallbackSignature;
import cloud.citizen.bills.providers.PaymentProviders;
import cloud.citizen.bills.providers.SandboxProvider;
import cloud.citizen.bills.service.BillsEvents;
import cloud.citizen.bills.service.ReceiptLinks;
import cloud.citizen.bills.store.BillsTable;
import cloud.citizen.bills.store.PresignedReceiptLinks;
import cloud.citizen.platform.aws.S3Clients;
import cloud.citizen.platform.outbox.Outbox;

/** Builds the HTTP function's plain-Java parts from its configuration (template.yaml environment of BillsFunction). */
public class BillsWiring {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    Outbox outbox(DynamoDbClient dynamo, SqsClient sqs, BillsTable table, Clock clock) {
        return new Outbox(dynamo, sqs, table.name(), clock);
    }

    @Produces
    @Singleton
    S3Presigner s3Presigner(@ConfigProperty(name = "citizen.aws.region", defaultValue = "us-east-1") String region,
            @ConfigProperty(name = "citizen.aws.s3.endpoint") Optional<URI> endpoint) {
        return S3Clients.presigner(Region.of(region), endpoint);
    }

    @Produces
    @Singleton
    ReceiptLinks receiptLinks(S3Presigner presigner,
            @ConfigProperty(name = "citizen.bills.receipts-bucket") String bucket) {
        return new PresignedReceiptLinks(presigner, bucket);
    }

    @Produces
    @Singleton
    PaymentProviders paymentProviders(@ConfigProperty(name = "citizen.bills.sandbox.payments") String sandboxPayments,
            @ConfigProperty(name = "citizen.bills.sandbox.secret") String sandboxSecret,
            @ConfigProperty(name = "citizen.bills.sandbox.queue-url") String sandboxQueueUrl,
            @ConfigProperty(name = "citizen.bills.sandbox.checkout-url") String sandboxCheckoutUrl) {
        // the sandbox "pays" without money: on a stage real citizens use, template parameter SandboxPayments=disabled
        if (!"enabled".equals(sandboxPayments)) {
            return new PaymentProviders(List.of());
        }
        return new PaymentProviders(List.of(
                new SandboxProvider(new CallbackSignature(sandboxSecret), sandboxQueueUrl, sandboxCheckoutUrl)));
    }

    @Produces
    @Singleton
    BillsEvents billsEvents(@ConfigProperty(name = "citizen.bills.receipt-queue-url") String receiptQueueUrl,
            @ConfigProperty(name = "citizen.bills.notifications-queue-url") String notificationsQueueUrl) {
        return new BillsEvents(receiptQueueUrl, notificationsQueueUrl);
    }
}
