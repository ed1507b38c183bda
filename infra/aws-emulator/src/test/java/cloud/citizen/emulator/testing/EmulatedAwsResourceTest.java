package cloud.citizen.emulator.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.nimbusds.jwt.SignedJWT;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

import cloud.citizen.emulator.EmulatedAws;
import cloud.citizen.emulator.LocalSecrets;

/** The resource driven the way Quarkus drives it: init, then start, reading the returned config. */
class EmulatedAwsResourceTest {

    @Test
    void start_returnsTheFunctionEnvironmentUnderItsOwnNames_plusQuarkusAndSdkSettings() throws Exception {
        EmulatedAwsResource resource = new EmulatedAwsResource();
        resource.init(Map.of("function", "AccountsFunction"));

        Map<String, String> config = resource.start();

        assertThat(config).containsEntry("ACCOUNTS_TABLE", "AccountsTable")
                .containsEntry("NOTIFICATIONS_QUEUE_URL", EmulatedAwsResource.resources().queueUrl("NotificationsQueue"))
                .containsEntry("TOKEN_ISSUER", "http://localhost:3000")
                .containsKeys("ACCESS_TOKEN_SIGNING_KEY_SECRET", "ACCESS_TOKEN_JWKS", "PII_HASH_KEY_SECRET",
                        "CITIZEN_AWS_SECRETSMANAGER_ENDPOINT")
                .containsEntry("CITIZEN_AWS_DYNAMODB_ENDPOINT", EmulatedAwsResource.aws().endpoints().dynamoDb().toString())
                .containsEntry("citizen.aws.dynamodb.endpoint", EmulatedAwsResource.aws().endpoints().dynamoDb().toString())
                .containsEntry("citizen.aws.sqs.endpoint", EmulatedAwsResource.aws().endpoints().sqs().toString())
                .containsEntry("citizen.aws.s3.endpoint", EmulatedAwsResource.aws().endpoints().s3().toString())
                .containsEntry("citizen.aws.region", "us-east-1")
                // only set where the Lambda extension is (function modules): this module has none
                .doesNotContainKey("quarkus.lambda.mock-event-server.test-port");
        assertThat(EmulatedAwsResource.function().logicalId()).isEqualTo("AccountsFunction");
        assertThat(EmulatedAwsResource.environment()).containsEntry("ACCOUNTS_TABLE", "AccountsTable");
        assertThat(EmulatedAwsResource.secret("PII_HASH_KEY"))
                .isEqualTo(EmulatedAwsResource.secrets().secretField(LocalSecrets.ACCOUNTS_SECRET, "piiHashKey"));
        assertThat(System.getProperty("aws.accessKeyId")).isEqualTo("test");
        String token = TestTokens.forFunctionUnderTest().citizen("user-1");
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getIssuer()).isEqualTo("http://localhost:3000");
    }

    @Test
    void annotationAttributes_chooseTheFunctionAndOverrideParameters() {
        EmulatedAwsResource resource = new EmulatedAwsResource();
        resource.init(NotificationsWithLogGateway.class.getAnnotation(EmulatedAwsTest.class));

        Map<String, String> config = resource.start();

        assertThat(config).containsEntry("NOTIFICATIONS_TABLE", "NotificationsTable").containsEntry("SMS_GATEWAY", "log");
    }

    @Test
    void moduleWithoutAFunction_getsOnlyTheAwsSettings() {
        assertThat(EmulatedAwsResource.moduleDirectory()).isEqualTo("infra/aws-emulator");
        EmulatedAwsResource resource = new EmulatedAwsResource();
        resource.init(Map.of());

        Map<String, String> config = resource.start();

        assertThat(config).containsKeys("CITIZEN_AWS_SQS_ENDPOINT", "AWS_REGION").doesNotContainKey("ACCOUNTS_TABLE");
    }

    @Test
    void emulatedAwsTest_isAMatchingResourcesTestResource() {
        WithTestResource meta = EmulatedAwsTest.class.getAnnotation(WithTestResource.class);
        assertThat(meta.value()).isEqualTo(EmulatedAwsResource.class);
        assertThat(meta.scope()).isEqualTo(TestResourceScope.MATCHING_RESOURCES);
    }

    @Test
    void anotherClassLoader_connectsToTheSameEmulatorsInsteadOfStartingNewOnes() throws Exception {
        EmulatedAws here = EmulatedAwsResource.aws();
        URL mainClasses = EmulatedAws.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader quarkusLike = new ChildFirstClassLoader(mainClasses, getClass().getClassLoader())) {
            Class<?> resource = quarkusLike.loadClass(EmulatedAwsResource.class.getName());
            assertThat(resource).isNotSameAs(EmulatedAwsResource.class);

            Object otherAws = resource.getMethod("aws").invoke(null);
            Object otherEndpoints = otherAws.getClass().getMethod("endpoints").invoke(otherAws);

            assertThat(otherEndpoints.toString()).isEqualTo(here.endpoints().toString());
            assertThat(otherAws.getClass().getMethod("startupTime").invoke(otherAws).toString()).isEqualTo("PT0S");
        }
    }

    @EmulatedAwsTest(function = "NotificationsFunction", parameters = "SmsGateway=log")
    private static final class NotificationsWithLogGateway {
    }

    /** What Quarkus does on each application start: this module's classes loaded afresh, everything else shared. */
    private static final class ChildFirstClassLoader extends URLClassLoader {
        ChildFirstClassLoader(URL classes, ClassLoader parent) {
            super(new URL[] {classes}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (!name.startsWith("cloud.citizen.emulator.")) {
                    return super.loadClass(name, resolve);
                }
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : findClass(name);
            }
        }
    }
}
