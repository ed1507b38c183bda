package cloud.citizen.emulator.template;

import java.util.Optional;

/** A template {@code Parameters} entry; the default is kept as text, as CloudFormation passes parameters. */
public record TemplateParameter(String name, String type, Optional<String> defaultValue) {
}
