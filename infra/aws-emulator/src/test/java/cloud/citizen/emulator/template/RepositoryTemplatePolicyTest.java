package cloud.citizen.emulator.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** Publish on '*' is only for SMS to phone numbers: every topic and endpoint ARN must be denied with it. */
    @Test
    void snsPublishOnEverything_comesWithADenyOnEveryTopic() {
        TEMPLATE.functions().forEach(function -> {
            List<Map<?, ?>> statements = statements(function.logicalId());
            boolean publishesOnEverything = statements.stream().anyMatch(statement -> "Allow".equals(statement.get("Effect"))
                    && String.valueOf(statement.get("Action")).contains("sns:Publish")
                    && "*".equals(statement.get("Resource")));
            if (publishesOnEverything) {
                assertThat(statements).as(function.logicalId()).anySatisfy(statement -> {
                    assertThat(statement.get("Effect")).isEqualTo("Deny");
                    assertThat(String.valueOf(statement.get("Action"))).contains("sns:Publish");
                    assertThat(String.valueOf(statement.get("Resource"))).contains(":sns:*:*:*");
                });
            }
        });
    }

    private static List<Map<?, ?>> statements(String functionLogicalId) {
        Object policies = TEMPLATE.resources().get(functionLogicalId).properties().getOrDefault("Policies", List.of());
        return ((List<?>) policies).stream().filter(Map.class::isInstance).map(policy -> ((Map<?, ?>) policy).get("Statement"))
                .filter(List.class::isInstance).flatMap(statement -> ((List<?>) statement).stream())
                .filter(Map.class::isInstance).<Map<?, ?>>map(statement -> (Map<?, ?>) statement).toList();
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
    void everyScheduledOrS3TriggeredFunction_keepsTheFailureDestination() {
        List<SamFunction> asynchronous = TEMPLATE.functions().stream()
                .filter(function -> !function.schedules().isEmpty() || !function.s3Events().isEmpty()).toList();
        assertThat(asynchronous).extracting(SamFunction::logicalId).contains("BillsImportFunction");
        assertThat(asynchronous).allSatisfy(function -> assertThat(String.valueOf(
                mergedProperties(function.logicalId()).get("EventInvokeConfig"))).as(function.logicalId())
                .contains("OnFailure", "Type=SQS", "AsyncFailuresQueue"));
        assertThat(alarmedMetrics("AsyncFailuresQueue")).contains("ApproximateNumberOfMessagesVisible");
    }

    @Test
    void noFunction_isGivenASecretValueInItsEnvironment() {
        assertThat(String.valueOf(TEMPLATE.globalsFunction())).doesNotContain("{{resolve:");
        assertThat(TEMPLATE.functions()).allSatisfy(function -> assertThat(String.valueOf(function.environment()))
                .as(function.logicalId()).doesNotContain("{{resolve:"));
    }

    @Test
    void everyFunction_mayGetTheValueOfExactlyTheSecretsItNames() {
        assertThat(TEMPLATE.functions()).allSatisfy(function -> {
            Set<String> named = function.environment().entrySet().stream()
                    .filter(variable -> variable.getKey().endsWith("_SECRET"))
                    .map(variable -> secretNameIn(variable.getValue())).collect(Collectors.toSet());
            List<?> policies = (List<?>) TEMPLATE.resources().get(function.logicalId()).properties()
                    .getOrDefault("Policies", List.of());
            Set<String> readable = policies.stream().filter(Map.class::isInstance).map(Map.class::cast)
                    .filter(policy -> policy.containsKey("AWSSecretsManagerGetSecretValuePolicy"))
                    .map(policy -> secretNameInArn(policy.get("AWSSecretsManagerGetSecretValuePolicy")))
                    .collect(Collectors.toSet());
            assertThat(readable).as(function.logicalId() + " GetSecretValue").isEqualTo(named);
            // no other way to secrets: no statement with a secretsmanager action beside the policy template
            assertThat(String.valueOf(policies.stream().filter(policy -> !String.valueOf(policy)
                    .startsWith("{AWSSecretsManagerGetSecretValuePolicy")).toList()))
                    .as(function.logicalId()).doesNotContain("secretsmanager");
        });
    }

    /** {@code !Ref Param} or {@code !Sub '${Param}/suffix#field'} → {@code ${Param}/suffix}: the secret's name as written. */
    private static String secretNameIn(Object value) {
        String text = value instanceof Map<?, ?> map && map.containsKey("Ref") ? "${" + map.get("Ref") + "}"
                : value instanceof Map<?, ?> map ? String.valueOf(map.get("Fn::Sub")) : String.valueOf(value);
        int field = text.indexOf('#');
        return field < 0 ? text : text.substring(0, field);
    }

    /** {@code {SecretArn: !Sub 'arn:...:secret:${Param}-??????'}} → {@code ${Param}}; a wildcard would keep '*'. */
    private static String secretNameInArn(Object policy) {
        Object arn = ((Map<?, ?>) policy).get("SecretArn");
        String text = arn instanceof Map<?, ?> map ? String.valueOf(map.get("Fn::Sub")) : String.valueOf(arn);
        String name = text.substring(text.indexOf(":secret:") + ":secret:".length());
        return name.endsWith("-??????") ? name.substring(0, name.length() - "-??????".length()) : name;
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
