package cloud.citizen.emulator.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.TestFixtures;

class IntrinsicResolverTest {

    private static final ResourceLookup RESOURCES = new ResourceLookup() {
        @Override
        public Optional<String> ref(String logicalId) {
            return Optional.ofNullable(Map.of("ReportsBucket", "reports-bucket", "Queue",
                    "http://127.0.0.1:9/000000000000/Queue").get(logicalId));
        }

        @Override
        public Optional<String> attribute(String logicalId, String attribute) {
            return logicalId.equals("Queue") && attribute.equals("Arn")
                    ? Optional.of("arn:aws:sqs:us-east-1:000000000000:Queue") : Optional.empty();
        }
    };
    private static final SecretSource SECRETS = name -> switch (name) {
        case "citizen-cloud/accounts" -> "{\"signingKey\":\"{\\\"kty\\\":\\\"RSA\\\"}\",\"rounds\":12}";
        case "citizen-cloud/cursor-key" -> "cursor-secret";
        default -> throw new IllegalArgumentException(name);
    };

    private final SamTemplate template = TestFixtures.fixtureTemplate("events.yaml");
    private final IntrinsicResolver resolver = new IntrinsicResolver(template, Map.of("NoDefault", "given"),
            RESOURCES, SECRETS);

    @Test
    void ref_parameterDefault_override_pseudoParameter_resource() {
        assertThat(resolver.resolve(ref("Stage"))).isEqualTo("dev");
        assertThat(resolver.resolve(ref("NoDefault"))).isEqualTo("given");
        assertThat(resolver.resolve(ref("AWS::Region"))).isEqualTo("us-east-1");
        assertThat(resolver.resolve(ref("AWS::AccountId"))).isEqualTo("000000000000");
        assertThat(resolver.resolve(ref("AWS::StackName"))).isEqualTo("citizen-cloud-local");
        assertThat(resolver.resolve(ref("AWS::Partition"))).isEqualTo("aws");
        assertThat(resolver.resolve(ref("AWS::URLSuffix"))).isEqualTo("amazonaws.com");
        assertThat(resolver.resolve(ref("ReportsBucket"))).isEqualTo("reports-bucket");
    }

    @Test
    void ref_listParameter_isSplit() {
        assertThat(resolver.resolve(ref("Zones"))).isEqualTo(List.of("a", "b"));
    }

    @Test
    void overrides_winOverDefaults() {
        IntrinsicResolver prod = new IntrinsicResolver(template, Map.of("Stage", "prod"), RESOURCES, SECRETS);
        assertThat(prod.resolve(ref("Stage"))).isEqualTo("prod");
        assertThat(prod.condition("IsProd")).isTrue();
    }

    @Test
    void getAtt_readsProvisionedAttributes() {
        assertThat(resolver.resolve(Map.of("Fn::GetAtt", List.of("Queue", "Arn"))))
                .isEqualTo("arn:aws:sqs:us-east-1:000000000000:Queue");
    }

    @Test
    void sub_refsAttributesVariablesAndEscapes() {
        assertThat(resolver.resolve(Map.of("Fn::Sub", "${AWS::Region}/${ReportsBucket}/${Queue.Arn}/${!Literal}")))
                .isEqualTo("us-east-1/reports-bucket/arn:aws:sqs:us-east-1:000000000000:Queue/${Literal}");
        assertThat(resolver.resolve(Map.of("Fn::Sub", List.of("${Name}-${Stage}", Map.of("Name", ref("ReportsBucket"))))))
                .isEqualTo("reports-bucket-dev");
    }

    @Test
    void join_select_split() {
        assertThat(resolver.resolve(Map.of("Fn::Join", List.of("-", List.of("a", ref("Stage")))))).isEqualTo("a-dev");
        assertThat(resolver.resolve(Map.of("Fn::Select", List.of(1, List.of("a", "b"))))).isEqualTo("b");
        assertThat(resolver.resolve(Map.of("Fn::Select", List.of("0", Map.of("Fn::Split", List.of(",", "x,y"))))))
                .isEqualTo("x");
        assertThat(resolver.resolve(Map.of("Fn::Split", List.of("/", "a/b/c")))).isEqualTo(List.of("a", "b", "c"));
    }

    @Test
    void conditions_ifEqualsNotAndOr() {
        assertThat(resolver.condition("IsProd")).isFalse();
        assertThat(resolver.condition("IsNotProd")).isTrue();
        assertThat(resolver.resolve(Map.of("Fn::If", List.of("IsProd", "big", "small")))).isEqualTo("small");
        assertThat(resolver.resolve(Map.of("Fn::Equals", List.of(ref("Stage"), "dev")))).isEqualTo(true);
        assertThat(resolver.resolve(Map.of("Fn::Not", List.of(Map.of("Condition", "IsProd"))))).isEqualTo(true);
        assertThat(resolver.resolve(Map.of("Fn::And", List.of(Map.of("Condition", "IsNotProd"),
                Map.of("Fn::Equals", List.of("a", "a")))))).isEqualTo(true);
        assertThat(resolver.resolve(Map.of("Fn::Or", List.of(Map.of("Condition", "IsProd"),
                Map.of("Fn::Equals", List.of("a", "b")))))).isEqualTo(false);
    }

    @Test
    void noValue_removesTheKeyOrListItem() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("Kept", "x");
        properties.put("Dropped", Map.of("Fn::If", List.of("IsProd", "y", ref("AWS::NoValue"))));
        assertThat(resolver.resolve(properties)).isEqualTo(Map.of("Kept", "x"));
        assertThat(resolver.resolve(List.of("a", ref("AWS::NoValue")))).isEqualTo(List.of("a"));
    }

    @Test
    void findInMap_base64_getAZs() {
        assertThat(resolver.resolve(Map.of("Fn::FindInMap", List.of("Sizes", ref("Stage"), "Memory")))).isEqualTo(256);
        assertThat(resolver.resolveString(Map.of("Fn::Base64", "hi")))
                .isEqualTo(Base64.getEncoder().encodeToString("hi".getBytes()));
        assertThat(resolver.resolve(Map.of("Fn::GetAZs", ""))).isEqualTo(List.of("us-east-1a", "us-east-1b",
                "us-east-1c"));
    }

    @Test
    void dynamicReferences_plainSecretAndJsonField() {
        assertThat(resolver.resolve("{{resolve:secretsmanager:citizen-cloud/cursor-key}}")).isEqualTo("cursor-secret");
        assertThat(resolver.resolve(Map.of("Fn::Sub", "{{resolve:secretsmanager:citizen-cloud/accounts:SecretString:"
                + "signingKey}}"))).isEqualTo("{\"kty\":\"RSA\"}");
        assertThat(resolver.resolve("rounds={{resolve:secretsmanager:citizen-cloud/accounts:SecretString:rounds}}"))
                .isEqualTo("rounds=12");
    }

    @Test
    void unresolvable_failsWithTheReason() {
        assertThatThrownBy(() -> resolver.resolve(ref("ProdOnlyLogGroup")))
                .isInstanceOf(UnresolvableValueException.class)
                .hasMessageContaining("AWS::Logs::LogGroup").hasMessageContaining("not emulated");
        assertThatThrownBy(() -> resolver.resolve(ref("Nothing"))).hasMessageContaining("no parameter or resource");
        assertThatThrownBy(() -> resolver.resolve(Map.of("Fn::ImportValue", "vpc")))
                .hasMessageContaining("other stacks");
        assertThatThrownBy(() -> resolver.resolve("{{resolve:ssm:/x}}")).hasMessageContaining("secretsmanager");
        IntrinsicResolver withoutOverride = new IntrinsicResolver(template, Map.of(), RESOURCES, SECRETS);
        assertThatThrownBy(() -> withoutOverride.resolve(ref("NoDefault"))).hasMessageContaining("no default");
    }

    private static Map<String, Object> ref(String name) {
        return Map.of("Ref", name);
    }
}
