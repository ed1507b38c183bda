package cloud.citizen.emulator.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One entry of {@code Resources}: properties are the raw tree, intrinsic functions unresolved. */
public record TemplateResource(String logicalId, String type, Map<String, Object> properties,
        Optional<String> condition) {

    public TemplateResource {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public boolean is(String resourceType) {
        return type.equals(resourceType);
    }
}
