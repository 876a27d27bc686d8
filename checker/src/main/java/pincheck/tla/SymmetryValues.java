package pincheck.tla;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import pincheck.scenario.Scenario;
import pincheck.scenario.SymmetricActors;

/**
 * The names TLC's SYMMETRY permutes: TLC permutes model values only, so the actors of a
 * {@code symmetric} group and their private iterators become model values (prefixed, so
 * they never clash with a definition of Pinning.tla), and every other name stays a string.
 */
final class SymmetryValues {
    /** Prefix of a permuted name's model value; the trace reader strips it again. */
    static final String PREFIX = "sym_";

    private final ImmutableList<SymmetricActors> groups;
    private final ImmutableSet<String> moved;

    private SymmetryValues(ImmutableList<SymmetricActors> groups) {
        this.groups = groups;
        this.moved = groups.stream().flatMap(g -> g.names().stream()).collect(ImmutableSet.toImmutableSet());
    }

    /** Nothing permuted: every name a string, the text exactly as without symmetry. */
    static SymmetryValues none() {
        return new SymmetryValues(ImmutableList.of());
    }

    static SymmetryValues declaredIn(Scenario s) {
        return new SymmetryValues(s.symmetry());
    }

    boolean any() {
        return !moved.isEmpty();
    }

    /** A scenario name as TLA+: the model value when permuted, else the string. */
    String name(String n) {
        return moved.contains(n) ? PREFIX + n : TlaEmitter.str(n);
    }

    /** The module's declaration of the model values and the permutation set. */
    String module() {
        if (!any()) {
            return "";
        }
        String values = moved.stream().map(n -> PREFIX + n).collect(Collectors.joining(", "));
        return "CONSTANTS " + values + "\n\n"
                + "\\* Every way of swapping the interchangeable actors, each with its private iterators.\n"
                + "ActorSwaps == {" + permutations().stream().map(SymmetryValues::function)
                        .collect(Collectors.joining(",\n  ")) + "}\n\n"
                // TLC 2.18 reads a literal {f1, ..., fn} here as n one-element sets and drops the symmetry.
                + "Symmetry == ActorSwaps\n\n";
    }

    /** The cfg's assignments making each permuted name a model value. */
    String cfgConstants() {
        return moved.stream().map(n -> "  " + PREFIX + n + " = " + PREFIX + n + "\n").collect(Collectors.joining());
    }

    String cfgSymmetry() {
        return any() ? "SYMMETRY Symmetry\n" : "";
    }

    // The product over groups of every permutation of each group's members.
    private List<Map<String, String>> permutations() {
        List<Map<String, String>> out = List.of(Map.of());
        for (SymmetricActors g : groups) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> base : out) {
                for (List<Integer> order : orders(g.actors().size())) {
                    Map<String, String> p = new LinkedHashMap<>(base);
                    for (int i = 0; i < order.size(); i++) {
                        int j = order.get(i);
                        p.put(g.actors().get(i), g.actors().get(j));
                        for (int k = 0; k < g.iters().get(i).size(); k++) {
                            p.put(g.iters().get(i).get(k), g.iters().get(j).get(k));
                        }
                    }
                    next.add(p);
                }
            }
            out = next;
        }
        return out;
    }

    private static List<List<Integer>> orders(int n) {
        if (n == 0) {
            return List.of(List.of());
        }
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> shorter : orders(n - 1)) {
            for (int at = 0; at <= shorter.size(); at++) {
                List<Integer> o = new ArrayList<>(shorter);
                o.add(at, n - 1);
                out.add(o);
            }
        }
        return out;
    }

    private static String function(Map<String, String> p) {
        return ImmutableMap.copyOf(p).entrySet().stream().map(e -> PREFIX + e.getKey() + " :> " + PREFIX + e.getValue())
                .collect(Collectors.joining(" @@ ", "(", ")"));
    }
}
