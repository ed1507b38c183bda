package cloud.citizen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import cloud.citizen.emulator.template.SamTemplate;

class ProvisionerTest {

    private static EmulatedAws aws;
    private static ProvisionedResources resources;

    @BeforeAll
    static void provisionRealTemplate() {
        aws = EmulatedAws.start(EmulatorOptions.inMemory().withKind(EmulatorKind.EMBEDDED));
        resources = new Provisioner(TestFixtures.realTemplate(), aws, Map.of(), LocalSecrets.inMemory()).provision();
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void accountsTable_hasTheTemplateKeysAndTtl() {
        assertThat(resources.tableName("AccountsTable")).isEqualTo("AccountsTable");
        TableDescription table = aws.dynamoDb().describeTable(b -> b.tableName("AccountsTable")).table();
        assertThat(table.keySchema()).extracting(k -> k.attributeName() + ":" + k.keyType())
                .containsExactly("pk:" + KeyType.HASH, "sk:" + KeyType.RANGE);
        var ttl = aws.dynamoDb().describeTimeToLive(b -> b.tableName("AccountsTable")).timeToLiveDescription();
        assertThat(ttl.attributeName()).isEqualTo("ttl");
        assertThat(ttl.timeToLiveStatus()).isIn(TimeToLiveStatus.ENABLED, TimeToLiveStatus.ENABLING);
        assertThat(resources.arn("AccountsTable")).isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/AccountsTable");
    }

    @Test
    void notificationsQueue_refIsTheUrl_andAttributesComeFromTheTemplate() {
        String url = resources.queueUrl("NotificationsQueue");
        assertThat(url).startsWith(aws.endpoints().sqs().toString()).endsWith("/000000000000/NotificationsQueue");
        assertThat(resources.attribute("NotificationsQueue", "QueueName")).contains("NotificationsQueue");
        assertThat(resources.arn("NotificationsQueue")).isEqualTo("arn:aws:sqs:us-east-1:000000000000:NotificationsQueue");
        Map<QueueAttributeName, String> attributes = aws.sqs().getQueueAttributes(b -> b.queueUrl(url)
                .attributeNames(QueueAttributeName.ALL)).attributes();
        // ElasticMQ accepts MessageRetentionPeriod but does not report it back
        assertThat(attributes).containsEntry(QueueAttributeName.VISIBILITY_TIMEOUT, "60");
        assertThat(attributes.get(QueueAttributeName.REDRIVE_POLICY))
                .contains("arn:aws:sqs:us-east-1:000000000000:NotificationsDeadLetterQueue").contains("5");
    }

    @Test
    void redrive_movesAMessageToTheDlqAfterMaxReceiveCountReceives() {
        String queue = resources.queueUrl("NotificationsQueue");
        String deadLetters = resources.queueUrl("NotificationsDeadLetterQueue");
        aws.sqs().sendMessage(b -> b.queueUrl(queue).messageBody("poison"));
        for (int receive = 1; receive <= 5; receive++) {
            List<Message> got = aws.sqs().receiveMessage(b -> b.queueUrl(queue).visibilityTimeout(0)
                    .waitTimeSeconds(1)).messages();
            assertThat(got).as("receive %d", receive).extracting(Message::body).containsExactly("poison");
        }
        List<Message> afterMax = aws.sqs().receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(0)).messages();
        assertThat(afterMax).isEmpty();
        List<Message> dead = receiveWithin(deadLetters, Duration.ofSeconds(5));
        assertThat(dead).extracting(Message::body).containsExactly("poison");
    }

    @Test
    void bucketsAndSimpleTablesAndIndexes_fromAFixtureTemplate() {
        ProvisionedResources fixture = new Provisioner(TestFixtures.fixtureTemplate("events.yaml"), aws, Map.of(),
                LocalSecrets.inMemory()).provision();
        assertThat(fixture.bucketName("ReportsBucket")).isEqualTo("reports-bucket");
        assertThat(fixture.bucketName("ArchiveBucket")).isEqualTo("citizen-archive-dev");
        assertThat(aws.s3().listBuckets().buckets()).extracting(b -> b.name())
                .contains("reports-bucket", "citizen-archive-dev");
        assertThat(fixture.arn("ReportsBucket")).isEqualTo("arn:aws:s3:::reports-bucket");

        TableDescription events = aws.dynamoDb().describeTable(b -> b.tableName("citizen-cloud-local-events")).table();
        assertThat(events.globalSecondaryIndexes()).extracting(i -> i.indexName()).containsExactly("gsi1");
        assertThat(events.localSecondaryIndexes()).extracting(i -> i.indexName()).containsExactly("lsi1");
        assertThat(fixture.attribute("EventsTable", "StreamArn")).isPresent();
        assertThat(aws.dynamoDb().describeTable(b -> b.tableName("SessionsTable")).table().keySchema())
                .extracting(k -> k.attributeName()).containsExactly("sessionId");

        assertThat(fixture.queueUrl("OrdersQueue")).endsWith("/OrdersQueue.fifo");
        assertThat(fixture.all()).extracting(ProvisionedResources.Resource::logicalId)
                .doesNotContain("ProdOnlyQueue", "ProdOnlyLogGroup", "StatsFunction");
    }

    @Test
    void provisioningAgain_changesNothing_andKeepsData() {
        aws.dynamoDb().putItem(b -> b.tableName("AccountsTable").item(Map.of("pk", s("again"), "sk", s("1"))));
        SamTemplate template = TestFixtures.realTemplate();
        ProvisionedResources again = new Provisioner(template, aws, Map.of(), LocalSecrets.inMemory()).provision();
        assertThat(again.all()).containsExactlyElementsOf(resources.all());
        assertThat(aws.dynamoDb().getItem(b -> b.tableName("AccountsTable")
                .key(Map.of("pk", s("again"), "sk", s("1")))).hasItem()).isTrue();
        assertThat(aws.sqs().listQueues().queueUrls()).filteredOn(url -> url.contains("Notifications")).hasSize(2);
    }

    @Test
    void kebabCase_ofLogicalIds() {
        assertThat(S3BucketProvisioner.kebabCase("BillsImportBucket")).isEqualTo("bills-import-bucket");
        assertThat(S3BucketProvisioner.kebabCase("S3ReportsBucket")).isEqualTo("s3-reports-bucket");
        assertThat(S3BucketProvisioner.kebabCase("CSVExports")).isEqualTo("csv-exports");
    }

    private static List<Message> receiveWithin(String queueUrl, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Message> messages = List.of();
        while (messages.isEmpty() && System.nanoTime() < deadline) {
            messages = aws.sqs().receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(1)).messages();
        }
        return messages;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
