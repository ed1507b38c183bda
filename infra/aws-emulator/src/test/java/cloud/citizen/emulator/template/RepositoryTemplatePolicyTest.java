package cloud.citizen.emulator.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.RepositoryRoot;

/**
 * The repository's template.yaml keeps the rules every function and queue must follow, so that a
 * new capability cannot forget one: the Java 25 runtime with SnapStart behind an alias, partial
 * batch failures on every queue consumer, a dead-letter queue behind every queue, its own log
 * group, and no table scans in any policy.
 */
class RepositoryTemplatePolicyTest {
    private static final SamTemplate TEMPLATE = SamTemplate.load(RepositoryRoot.locate().resolve("template.yaml"));

    @Test
    void everyFunction_runsJava25_withSnapStartOnItsPublishedAlias() {
        assertThat(TEMPLATE.functions()).allSatisfy(function -> {
            Map<String, Object> merged = mergedProperties(function.logicalId());
            assertThat(function.runtime()).as(function.logicalId()).isEqualTo("java25");
            assertThat(merged.get("SnapStart")).as(function.logicalId() + " SnapStart")
                    .isEqualTo(Map.of("ApplyOn", "PublishedVersions"));
            assertThat(merged.get("AutoPublishAlias")).as(function.logicalId() + " AutoPublishAlias").isNotNull();
        });
    }

    @Test
    void everyQueueConsumer_reportsBatchItemFailures() {
        assertThat(TEMPLATE.functions()).flatExtracting(SamFunction::sqsEvents)
                .allSatisfy(source -> assertThat(source.reportsBatchItemFailures()).as(source.eventName()).isTrue());
    }

    @Test
    void everyQueue_thatIsNotADeadLetterQueue_redrivesToOne() {
        TEMPLATE.resources().values().stream().filter(resource -> resource.is("AWS::SQS::Queue"))
                .filter(queue -> !isDeadLetterQueue(queue.logicalId()))
                .forEach(queue -> assertThat(queue.properties().get("RedrivePolicy")).as(queue.logicalId())
                        .isInstanceOf(Map.class));
    }

    @Test
    void everyFunction_logsToItsOwnLogGroup() {
        assertThat(TEMPLATE.functions()).allSatisfy(function -> {
            Object loggingConfig = mergedProperties(function.logicalId()).get("LoggingConfig");
            assertThat(loggingConfig).as(function.logicalId()).isInstanceOf(Map.class);
            assertThat(((Map<?, ?>) loggingConfig).get("LogGroup")).as(function.logicalId() + " LogGroup").isNotNull();
        });
    }

    @Test
    void noPolicy_allowsATableScan() {
        TEMPLATE.functions().forEach(function -> {
            String policies = String.valueOf(TEMPLATE.resources().get(function.logicalId()).properties()
                    .getOrDefault("Policies", List.of()));
            // the SAM DynamoDB policy templates include Scan; functions list the item and query calls they make
            assertThat(policies).as(function.logicalId()).doesNotContain("dynamodb:Scan", "dynamodb:*",
                    "DynamoDBCrudPolicy", "DynamoDBReadPolicy");
        });
    }

    @Test
    void everyTable_survivesAStackDeletionOrReplacement() {
        resourcesOfType("AWS::DynamoDB::Table").forEach(table -> {
            Map<?, ?> raw = rawResource(table.logicalId());
            assertThat(raw.get("DeletionPolicy")).as(table.logicalId() + " DeletionPolicy").isEqualTo("Retain");
            assertThat(raw.get("UpdateReplacePolicy")).as(table.logicalId() + " UpdateReplacePolicy").isEqualTo("Retain");
            assertThat(table.properties().get("DeletionProtectionEnabled")).as(table.logicalId()).isEqualTo(true);
            assertThat(table.properties().get("PointInTimeRecoverySpecification")).as(table.logicalId())
                    .isEqualTo(Map.of("PointInTimeRecoveryEnabled", true));
        });
    }

    @Test
    void everyFunction_alarmsOnErrorsAndThrottles() {
        TEMPLATE.functions().forEach(function -> assertThat(alarmedMetrics(function.logicalId()))
                .as(function.logicalId()).contains("Errors", "Throttles"));
    }

    @Test
    void everyQueue_alarmsOnWhatItHolds() {
        resourcesOfType("AWS::SQS::Queue").forEach(queue -> assertThat(alarmedMetrics(queue.logicalId()))
                .as(queue.logicalId()).contains(isDeadLetterQueue(queue.logicalId())
                        ? "ApproximateNumberOfMessagesVisible" : "ApproximateAgeOfOldestMessage"));
    }

    @Test
    void everyBucket_refusesPlainHttp() {
        List<String> policies = resourcesOfType("AWS::S3::BucketPolicy").stream()
                .filter(policy -> String.valueOf(policy.properties()).contains("aws:SecureTransport"))
                .map(policy -> String.valueOf(policy.properties().get("Bucket"))).toList();
        resourcesOfType("AWS::S3::Bucket").forEach(bucket -> assertThat(policies).as(bucket.logicalId())
                .contains(String.valueOf(Map.of("Ref", bucket.logicalId()))));
    }

    @Test
    void asynchronousInvocations_endInAFailureDestination_andTheApiWritesAccessLogs() {
        assertThat(String.valueOf(TEMPLATE.globalsFunction().get("EventInvokeConfig")))
                .contains("OnFailure", "AsyncFailuresQueue", "MaximumRetryAttempts");
        assertThat(String.valueOf(TEMPLATE.resources().get("HttpApi").properties().get("AccessLogSettings")))
                .contains("HttpApiAccessLogGroup", "$context.requestId", "$context.status");
    }

    @Test
    void everyAlarm_notifiesTheOperatorsTopic_andTheApiAlarmsOnIts5xxRate() {
        resourcesOfType("AWS::CloudWatch::Alarm").forEach(alarm -> assertThat(String.valueOf(alarm.properties().get("AlarmActions")))
                .as(alarm.logicalId()).contains("OperatorAlarmsTopic"));
        assertThat(resourcesOfType("AWS::CloudWatch::Alarm").stream().map(alarm -> String.valueOf(alarm.properties())))
                .anySatisfy(alarm -> assertThat(alarm).contains("AWS/ApiGateway", "MetricName=5xx"));
    }

    @Test
    void everyLogGroup_expiresAfterTheRetentionParameter() {
        resourcesOfType("AWS::Logs::LogGroup").forEach(group -> assertThat(String.valueOf(group.properties().get("RetentionInDays")))
                .as(group.logicalId()).contains("LogRetentionDays"));
    }

    @Test
    void cors_exposesTheHeadersTheAppReads() {
        assertThat(String.valueOf(rawResource("HttpApi"))).contains("ExposeHeaders=[Location, Idempotent-Replayed, Retry-After, X-Request-Id]");
    }

    @Test
    void everyParameter_hasADefault_andEveryChoiceIsBoundedByAllowedValues() {
        TEMPLATE.parameters().values().forEach(parameter -> assertThat(parameter.defaultValue()).as(parameter.name()).isPresent());
        Map<?, ?> parameters = (Map<?, ?>) TEMPLATE.document().get("Parameters");
        for (String choice : List.of("SmsGateway", "SandboxPayments", "LogRetentionDays")) {
            Map<?, ?> declared = (Map<?, ?>) parameters.get(choice);
            assertThat((List<?>) declared.get("AllowedValues")).as(choice).isNotEmpty()
                    .extracting(String::valueOf).contains(String.valueOf(declared.get("Default")));
        }
    }

    /** Where failed messages and invocations end: alarmed on depth, never redriven further. */
    private static boolean isDeadLetterQueue(String logicalId) {
        return logicalId.endsWith("DeadLetterQueue") || logicalId.equals("AsyncFailuresQueue");
    }

    private static List<String> alarmedMetrics(String logicalId) {
        return resourcesOfType("AWS::CloudWatch::Alarm").stream()
                .filter(alarm -> String.valueOf(alarm.properties().get("Dimensions")).contains("=" + logicalId + "}")
                        || String.valueOf(alarm.properties().get("Dimensions")).contains("[" + logicalId + ","))
                .map(alarm -> String.valueOf(alarm.properties().get("MetricName"))).toList();
    }

    private static List<TemplateResource> resourcesOfType(String type) {
        return TEMPLATE.resources().values().stream().filter(resource -> resource.is(type)).toList();
    }

    private static Map<?, ?> rawResource(String logicalId) {
        return (Map<?, ?>) ((Map<?, ?>) TEMPLATE.document().get("Resources")).get(logicalId);
    }

    private static Map<String, Object> mergedProperties(String logicalId) {
        Map<String, Object> merged = new LinkedHashMap<>(TEMPLATE.globalsFunction());
        merged.putAll(TEMPLATE.resources().get(logicalId).properties());
        return merged;
    }
}
