package cloud.citizen.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cloud.citizen.emulator.template.TemplateResource;

/**
 * Orders resources so that each comes after those its properties refer to (a queue after its
 * dead-letter queue), keeping template order otherwise.
 */
final class ProvisioningOrder {

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");

    private ProvisioningOrder() {
    }

    static List<TemplateResource> of(List<TemplateResource> resources) {
        Map<String, TemplateResource> byId = new LinkedHashMap<>();
        resources.forEach(resource -> byId.put(resource.logicalId(), resource));
        List<TemplateResource> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (TemplateResource resource : resources) {
            visit(resource, byId, done, new LinkedHashSet<>(), ordered);
        }
        return ordered;
    }

    private static void visit(TemplateResource resource, Map<String, TemplateResource> byId, Set<String> done,
            Set<String> path, List<TemplateResource> ordered) {
        if (done.contains(resource.logicalId())) {
            return;
        }
        if (!path.add(resource.logicalId())) {
            throw new IllegalStateException("circular references between resources: " + path);
        }
        for (String dependency : referencedIds(resource.properties())) {
            TemplateResource target = byId.get(dependency);
            if (target != null) {
                visit(target, byId, done, path, ordered);
            }
        }
        path.remove(resource.logicalId());
        done.add(resource.logicalId());
        ordered.add(resource);
    }

    /** Logical ids named by Ref, Fn::GetAtt and Fn::Sub anywhere inside a value. */
    static Set<String> referencedIds(Object value) {
        Set<String> ids = new LinkedHashSet<>();
        collect(value, ids);
        return ids;
    }

    private static void collect(Object value, Set<String> ids) {
        if (value instanceof List<?> list) {
            list.forEach(item -> collect(item, ids));
        } else if (value instanceof Map<?, ?> map) {
            Object ref = map.get("Ref");
            Object getAtt = map.get("Fn::GetAtt");
            Object sub = map.get("Fn::Sub");
            if (ref instanceof String id) {
                ids.add(id);
            } else if (getAtt instanceof List<?> parts && !parts.isEmpty()) {
                ids.add(String.valueOf(parts.get(0)));
            } else if (sub != null) {
                Object text = sub instanceof List<?> parts && !parts.isEmpty() ? parts.get(0) : sub;
                Matcher matcher = SUB_VARIABLE.matcher(String.valueOf(text));
                while (matcher.find()) {
                    ids.add(matcher.group(1).split("\\.", 2)[0]);
                }
            }
            map.values().forEach(item -> collect(item, ids));
        }
    }
}
