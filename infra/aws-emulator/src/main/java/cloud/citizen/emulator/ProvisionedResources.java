package cloud.citizen.emulator;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import cloud.citizen.emulator.template.ResourceLookup;

/**
 * The emulated resources by logical id: what {@code Ref} gives (table name, queue URL, bucket
 * name) and the {@code Fn::GetAtt} attributes (Arn, QueueName, QueueUrl, StreamArn, ...).
 */
public final class ProvisionedResources implements ResourceLookup {

    /** One provisioned resource. */
    public record Resource(String logicalId, String type, String ref, Map<String, String> attributes) {
        public Resource {
            attributes = Map.copyOf(attributes);
        }
    }

    private final Map<String, Resource> resources = new LinkedHashMap<>();

    ProvisionedResources() {
    }

    void add(Resource resource) {
        resources.put(resource.logicalId(), resource);
    }

    @Override
    public Optional<String> ref(String logicalId) {
        return Optional.ofNullable(resources.get(logicalId)).map(Resource::ref);
    }

    @Override
    public Optional<String> attribute(String logicalId, String attribute) {
        return Optional.ofNullable(resources.get(logicalId)).map(resource -> resource.attributes().get(attribute));
    }

    public Resource get(String logicalId) {
        Resource resource = resources.get(logicalId);
        if (resource == null) {
            throw new NoSuchElementException("no emulated resource " + logicalId + "; provisioned: "
                    + resources.keySet());
        }
        return resource;
    }

    public String tableName(String logicalId) {
        return get(logicalId).ref();
    }

    public String queueUrl(String logicalId) {
        return get(logicalId).ref();
    }

    public String bucketName(String logicalId) {
        return get(logicalId).ref();
    }

    public String arn(String logicalId) {
        return attribute(logicalId, "Arn").orElseThrow(() -> new NoSuchElementException(logicalId + " has no Arn"));
    }

    public Collection<Resource> all() {
        return Collections.unmodifiableCollection(resources.values());
    }

    public List<Resource> ofType(String type) {
        return resources.values().stream().filter(resource -> resource.type().equals(type)).toList();
    }
}
