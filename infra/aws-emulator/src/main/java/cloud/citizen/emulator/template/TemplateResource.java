package cloud.citizen.emulator.template;

import java.util.Map;
import java.util.Optional;

/** One entry of {@code Resources}: properties are the raw tree, intrinsic functions unresolved. */
public record TemplateResource(String logicalId, String type, Map<String, Object> properties,
        Optional<String> condition) {

    public TemplateResource {
        properties = Map.copyOf(properties);
    }

    public boolean is(String resourceType) {
        return type.equals(resourceType);
    }
}
