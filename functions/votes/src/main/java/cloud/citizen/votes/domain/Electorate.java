package cloud.citizen.votes.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The voting groups of a roster and its totals, as frozen when an election opens. Groups are the
 * connected components of the unit-owner graph, with every developer-held unit joined into one:
 * a unit with co-owners is one group; all units of one owner are one group; the developer's units
 * are one group. Headcount (owners) is the number of groups.
 */
public record Electorate(List<VotingGroup> groups, long units, long areaCenti) {
    private static final String DEVELOPER = "\u0000developer";

    public Electorate {
        groups = List.copyOf(groups);
    }

    public long owners() {
        return groups.size();
    }

    public static Electorate of(Collection<Unit> roster) {
        UnionFind links = new UnionFind();
        Map<String, Unit> byId = new TreeMap<>();
        for (Unit unit : roster) {
            byId.put(unit.unitId(), unit);
            links.add(unit.unitId());
            unit.owners().forEach(owner -> links.union(unit.unitId(), "owner:" + owner));
            if (unit.developerHeld()) {
                links.union(unit.unitId(), DEVELOPER);
            }
        }
        Map<String, List<Unit>> components = new TreeMap<>();
        for (Unit unit : byId.values()) {
            components.computeIfAbsent(links.find(unit.unitId()), root -> new ArrayList<>()).add(unit);
        }
        List<VotingGroup> groups = new ArrayList<>();
        long area = 0;
        for (List<Unit> members : components.values()) {
            VotingGroup group = groupOf(members);
            area += group.areaCenti();
            groups.add(group);
        }
        groups.sort(java.util.Comparator.comparing(VotingGroup::groupId));
        return new Electorate(groups, byId.size(), area);
    }

    private static VotingGroup groupOf(List<Unit> members) {
        Set<String> unitIds = new TreeSet<>();
        Set<String> owners = new HashSet<>();
        long area = 0;
        boolean developer = false;
        for (Unit unit : members) {
            unitIds.add(unit.unitId());
            owners.addAll(unit.owners());
            area += unit.areaCenti();
            developer |= unit.developerHeld();
        }
        List<String> ids = List.copyOf(unitIds);
        return new VotingGroup(ids.get(0), ids, area, owners, developer);
    }

    /** Disjoint sets with path halving; small and local, so no library earns its place here. */
    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        void add(String node) {
            parent.putIfAbsent(node, node);
        }

        String find(String node) {
            add(node);
            String current = node;
            while (!parent.get(current).equals(current)) {
                parent.put(current, parent.get(parent.get(current)));
                current = parent.get(current);
            }
            return current;
        }

        void union(String a, String b) {
            String rootA = find(a);
            String rootB = find(b);
            if (!rootA.equals(rootB)) {
                parent.put(rootA, rootB);
            }
        }
    }
}
