package cloud.citizen.emulator.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.TestFixtures;

class CloudFormationYamlTest {

    private static Map<String, Object> values;

    @BeforeAll
    static void readFixture() {
        Map<String, Object> document = CloudFormationYaml.read(new StringReader(TestFixtures.fixture(
                "templates/short-forms.yaml")));
        values = Values.asMap(document.get("Values"), "Values");
    }

    @Test
    void ref_becomesRefMap() {
        assertThat(values.get("Ref")).isEqualTo(Map.of("Ref", "Table"));
    }

    @Test
    void getAtt_dottedAndListFormsBecomeTheSameList() {
        assertThat(values.get("GetAttDotted")).isEqualTo(Map.of("Fn::GetAtt", List.of("Queue", "Arn")));
        assertThat(values.get("GetAttList")).isEqualTo(Map.of("Fn::GetAtt", List.of("Queue", "QueueName")));
    }

    @Test
    void getAtt_splitsAtTheFirstDotOnly() {
        assertThat(values.get("GetAttNestedAttribute"))
                .isEqualTo(Map.of("Fn::GetAtt", List.of("Database", "Endpoint.Address")));
    }

    @Test
    void sub_stringAndListForms() {
        assertThat(values.get("SubString")).isEqualTo(Map.of("Fn::Sub", "arn:${AWS::Partition}:s3:::${Bucket}/*"));
        assertThat(values.get("SubWithVariables")).isEqualTo(Map.of("Fn::Sub", List.of("${Name}-${Suffix}",
                Map.of("Name", Map.of("Ref", "Table"), "Suffix", "x"))));
    }

    @Test
    void listFunctions_keepNestedTagsResolvedToLongForm() {
        assertThat(values.get("Join")).isEqualTo(Map.of("Fn::Join", List.of(",", List.of("a", Map.of("Ref", "Table")))));
        assertThat(values.get("Select")).isEqualTo(Map.of("Fn::Select", List.of(1, List.of("a", "b", "c"))));
        assertThat(values.get("Split")).isEqualTo(Map.of("Fn::Split", List.of(",", "a,b")));
        assertThat(values.get("If")).isEqualTo(Map.of("Fn::If", List.of("IsProd", "big", "small")));
        assertThat(values.get("Equals")).isEqualTo(Map.of("Fn::Equals", List.of(Map.of("Ref", "Stage"), "prod")));
        assertThat(values.get("Not")).isEqualTo(Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of("a", "b")))));
        assertThat(values.get("FindInMap")).isEqualTo(Map.of("Fn::FindInMap", List.of("Sizes",
                Map.of("Ref", "Stage"), "Memory")));
    }

    @Test
    void conditionFunctions_andConditionReference() {
        Map<String, Object> condition = Map.of("Condition", "IsProd");
        Map<String, Object> equal = Map.of("Fn::Equals", List.of("a", "a"));
        assertThat(values.get("And")).isEqualTo(Map.of("Fn::And", List.of(condition, equal)));
        assertThat(values.get("Or")).isEqualTo(Map.of("Fn::Or", List.of(condition, equal)));
        assertThat(values.get("Condition")).isEqualTo(condition);
    }

    @Test
    void scalarFunctions() {
        assertThat(values.get("ImportValue")).isEqualTo(Map.of("Fn::ImportValue", "shared-vpc-id"));
        assertThat(values.get("Base64")).isEqualTo(Map.of("Fn::Base64", "hello"));
        assertThat(values.get("GetAZs")).isEqualTo(Map.of("Fn::GetAZs", ""));
    }

    @Test
    void getAtt_withoutAttribute_isRefused() {
        assertThatThrownBy(() -> CloudFormationYaml.read(new StringReader("X: !GetAtt Queue")))
                .hasMessageContaining("Resource.Attribute");
    }
}
