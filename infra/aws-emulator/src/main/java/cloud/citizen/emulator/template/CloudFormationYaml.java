package cloud.citizen.emulator.template;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads CloudFormation/SAM YAML into plain maps and lists, turning the short-form intrinsic tags
 * ({@code !Ref X}, {@code !GetAtt A.B}, {@code !Sub ...}) into their long form
 * ({@code {"Ref": "X"}}, {@code {"Fn::GetAtt": ["A", "B"]}}, ...), so that everything downstream
 * handles one shape only.
 */
public final class CloudFormationYaml {

    private static final List<String> FUNCTIONS = List.of("Sub", "Join", "Select", "Split", "If", "Equals",
            "Not", "And", "Or", "FindInMap", "ImportValue", "Base64", "GetAZs", "Cidr", "Length", "ToJsonString");

    private CloudFormationYaml() {
    }

    /** @return the document as nested {@code Map<String, Object>} / {@code List<Object>} / scalars */
    public static Map<String, Object> read(Reader yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Object document = new Yaml(new IntrinsicTagConstructor(options)).load(yaml);
        if (!(document instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("a template must be a YAML mapping");
        }
        return Values.asMap(map, "template");
    }

    private static final class IntrinsicTagConstructor extends SafeConstructor {

        IntrinsicTagConstructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(new Tag("!Ref"), new LongForm("Ref"));
            yamlConstructors.put(new Tag("!Condition"), new LongForm("Condition"));
            yamlConstructors.put(new Tag("!GetAtt"), new GetAttLongForm());
            for (String function : FUNCTIONS) {
                yamlConstructors.put(new Tag("!" + function), new LongForm("Fn::" + function));
            }
        }

        /** The tagged node's own value (scalar, list or map), built with the tags inside it resolved too. */
        Object plainValue(Node node) {
            if (node instanceof ScalarNode scalar) {
                return scalar.getValue();
            }
            if (node instanceof SequenceNode sequence) {
                return new ArrayList<>(constructSequence(sequence));
            }
            return constructMapping((MappingNode) node);
        }

        private class LongForm extends AbstractConstruct {
            private final String key;

            LongForm(String key) {
                this.key = key;
            }

            @Override
            public Object construct(Node node) {
                return Map.of(key, plainValue(node));
            }
        }

        /** {@code !GetAtt Resource.Attribute}: the attribute may itself contain dots (e.g. Endpoint.Address). */
        private class GetAttLongForm extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                Object value = plainValue(node);
                if (value instanceof String dotted) {
                    int dot = dotted.indexOf('.');
                    if (dot <= 0 || dot == dotted.length() - 1) {
                        throw new IllegalArgumentException("!GetAtt needs Resource.Attribute, got: " + dotted);
                    }
                    value = List.of(dotted.substring(0, dot), dotted.substring(dot + 1));
                }
                return Map.of("Fn::GetAtt", value);
            }
        }
    }
}
