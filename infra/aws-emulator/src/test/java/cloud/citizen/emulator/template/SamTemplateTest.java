package cloud.citizen.emulator.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.TestFixtures;

class SamTemplateTest {

    private final SamTemplate template = TestFixtures.realTemplate();
    private final SamTemplate events = TestFixtures.fixtureTemplate("events.yaml");

    @Test
    void parameters_keepTheirDefaults() {
        assertThat(template.parameters().get("TokenAudience").defaultValue()).contains("citizen-cloud");
        assertThat(template.parameters().get("LogRetentionDays").type()).isEqualTo("Number");
        assertThat(events.parameters().get("NoDefault").defaultValue()).isEmpty();
    }

    @Test
    void resources_areKeyedByLogicalIdWithTypeAndProperties() {
        TemplateResource table = template.resource("AccountsTable").orElseThrow();
        assertThat(table.type()).isEqualTo("AWS::DynamoDB::Table");
        assertThat(table.properties()).containsKeys("KeySchema", "AttributeDefinitions", "TimeToLiveSpecification");
        assertThat(template.resourcesOfType("AWS::SQS::Queue")).extracting(TemplateResource::logicalId)
                .containsSubsequence("NotificationsQueue", "NotificationsDeadLetterQueue")
                .doesNotContain("AccountsTable");
    }

    @Test
    void function_mergesGlobals_functionValuesWin() {
        SamFunction stats = events.function("StatsFunction");
        assertThat(stats.codeUri()).isEqualTo("functions/stats/target/function.zip");
        assertThat(stats.runtime()).isEqualTo("java17");
        assertThat(stats.handler()).endsWith("QuarkusStreamHandler::handleRequest");
        assertThat(stats.memorySize()).contains(512);
        assertThat(stats.timeout()).contains(60);
        assertThat(stats.environment()).containsEntry("SHARED", "from-globals")
                .containsEntry("OVERRIDDEN", "from-function")
                .containsEntry("REPORTS_BUCKET", Map.of("Ref", "ReportsBucket"));
    }

    @Test
    void accountsFunction_environmentIsGlobalsPlusOwn_unresolved() {
        SamFunction accounts = template.function("AccountsFunction");
        assertThat(accounts.environment()).containsKeys("JAVA_TOOL_OPTIONS", "TOKEN_ISSUER", "ACCOUNTS_TABLE",
                "ACCESS_TOKEN_SIGNING_KEY_SECRET");
        assertThat(accounts.environment().get("ACCOUNTS_TABLE")).isEqualTo(Map.of("Ref", "AccountsTable"));
    }

    @Test
    void httpRoutes_publicWhenAuthNone_elseTheApiDefaultAuthorizer() {
        List<HttpRoute> routes = template.function("AccountsFunction").httpRoutes();
        HttpRoute login = route(routes, "Login");
        assertThat(login.routeKey()).isEqualTo("POST /v1/auth/login");
        assertThat(login.requiresAuthorization()).isFalse();
        HttpRoute updateMe = route(routes, "UpdateMe");
        assertThat(updateMe.routeKey()).isEqualTo("PATCH /v1/me");
        assertThat(updateMe.authorizer()).contains("AccessToken");
        assertThat(updateMe.apiLogicalId()).contains("HttpApi");
    }

    @Test
    void httpRoute_withoutPathAndMethod_isTheCatchAll() {
        HttpRoute fallback = route(template.function("AccountsFunction").httpRoutes(), "Fallback");
        assertThat(fallback.isCatchAll()).isTrue();
        assertThat(fallback.routeKey()).isEqualTo("$default");
        assertThat(fallback.requiresAuthorization()).isFalse();
    }

    @Test
    void httpApi_jwtAuthorizerAndCors() {
        HttpApiConfig api = template.httpApis().get("HttpApi");
        assertThat(api.hasDefaultAuthorizer()).isTrue();
        HttpApiConfig.JwtAuthorizer jwt = api.authorizers().get("AccessToken");
        assertThat(jwt.issuer()).isEqualTo(Map.of("Ref", "TokenIssuer"));
        assertThat(jwt.audience()).containsExactly(Map.of("Ref", "TokenAudience"));
        assertThat(jwt.identitySource()).contains("$request.header.Authorization");
        HttpApiConfig.CorsConfig cors = api.cors().orElseThrow();
        assertThat(cors.allowMethods()).contains("PATCH", "OPTIONS");
        assertThat(cors.allowHeaders()).contains("Idempotency-Key");
        assertThat(cors.exposeHeaders()).contains("Retry-After", "Location", "Idempotent-Replayed", "X-Request-Id");
        assertThat(cors.maxAgeSeconds()).contains(600);
    }

    @Test
    void implicitApi_usesGlobalsHttpApi_andHasNoAuthorizer() {
        HttpRoute overview = events.function("StatsFunction").httpRoutes().get(0);
        assertThat(overview.routeKey()).isEqualTo("GET /v1/stats/overview");
        assertThat(overview.requiresAuthorization()).isFalse();
        assertThat(events.httpApis().get("ServerlessHttpApi").cors()).isPresent();
    }

    @Test
    void sqsEvent_readsBatchingAndPartialFailures() {
        SqsEventSource queue = template.function("NotificationsFunction").sqsEvents().get(0);
        assertThat(queue.queue()).isEqualTo(Map.of("Fn::GetAtt", List.of("NotificationsQueue", "Arn")));
        assertThat(queue.batchSize()).isEqualTo(10);
        assertThat(queue.maximumBatchingWindowInSeconds()).isEqualTo(1);
        assertThat(queue.reportsBatchItemFailures()).isTrue();
        assertThat(queue.enabled()).isTrue();
    }

    @Test
    void scheduleEvents_v1AndV2() {
        List<ScheduleEventSource> schedules = events.function("StatsFunction").schedules();
        assertThat(schedules).hasSize(2);
        ScheduleEventSource hourly = schedules.get(0);
        assertThat(hourly.expression()).isEqualTo("rate(1 hour)");
        assertThat(hourly.timezone()).isEmpty();
        assertThat(hourly.input()).contains("{\"job\":\"rollup\"}");
        assertThat(hourly.enabled()).isTrue();
        ScheduleEventSource daily = schedules.get(1);
        assertThat(daily.type()).isEqualTo("ScheduleV2");
        assertThat(daily.expression()).isEqualTo("cron(5 0 * * ? *)");
        assertThat(daily.timezone()).contains("Asia/Shanghai");
        assertThat(daily.enabled()).isFalse();
    }

    @Test
    void s3Event_readsEventsAndKeyFilter() {
        S3EventSource imports = events.function("StatsFunction").s3Events().get(0);
        assertThat(imports.bucket()).isEqualTo(Map.of("Ref", "ReportsBucket"));
        assertThat(imports.events()).containsExactly("s3:ObjectCreated:*");
        assertThat(imports.prefix()).contains("imports/");
        assertThat(imports.suffix()).contains(".csv");
    }

    @Test
    void functionInModule_matchesCodeUriInsideTheModule() {
        assertThat(template.functionInModule("functions/accounts")).map(SamFunction::logicalId)
                .contains("AccountsFunction");
        assertThat(template.functionInModule("functions/accounts/")).isPresent();
        assertThat(template.functionInModule("functions/account")).isEqualTo(Optional.empty());
        assertThat(template.functionInModule("infra/aws-emulator")).isEmpty();
    }

    private static HttpRoute route(List<HttpRoute> routes, String eventName) {
        return routes.stream().filter(route -> route.eventName().equals(eventName)).findFirst().orElseThrow();
    }
}
