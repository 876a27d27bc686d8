package pincheck.sweep;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import pincheck.design.Knob;

/**
 * The sweep's rows as a decision tree over the knobs: at each level the knob that
 * best separates the outcomes (least remaining entropy, ID3), values with the same
 * subtree merged, so the first lines say which knob decides.
 */
public final class DecisionTree {
    private DecisionTree() {}

    public static ImmutableList<String> lines(List<SweepRow> rows, List<Knob> knobs) {
        List<String> out = new ArrayList<>();
        render(rows, knobs, 0, out);
        return ImmutableList.copyOf(out);
    }

    private static void render(List<SweepRow> rows, List<Knob> knobs, int depth, List<String> out) {
        String pad = "  ".repeat(depth);
        if (distinct(rows, SweepRow::outcome) == 1 || knobs.isEmpty()) {
            out.add(pad + leaf(rows));
            return;
        }
        Knob best = knobs.get(0);
        double bestH = Double.MAX_VALUE;
        for (Knob k : knobs) {
            double h = splitEntropy(rows, k);
            if (h < bestH - 1e-12) {
                best = k;
                bestH = h;
            }
        }
        Knob split = best;
        List<Knob> rest = knobs.stream().filter(k -> k != split).toList();
        // Values whose subtrees read the same are one branch: "end_io=split|bio-flag".
        Map<String, List<String>> byTree = new LinkedHashMap<>();
        Map<String, List<SweepRow>> rowsByTree = new LinkedHashMap<>();
        for (String v : split.choices()) {
            List<SweepRow> sub = rows.stream().filter(r -> r.values().get(split).equals(v)).toList();
            List<String> tree = new ArrayList<>();
            render(sub, rest, 0, tree);
            String key = String.join("\n", tree);
            byTree.computeIfAbsent(key, x -> new ArrayList<>()).add(v);
            rowsByTree.computeIfAbsent(key, x -> new ArrayList<>()).addAll(sub);
        }
        for (Map.Entry<String, List<String>> e : byTree.entrySet()) {
            List<SweepRow> sub = rowsByTree.get(e.getKey());
            String head = pad + split.key() + "=" + String.join("|", e.getValue());
            if (distinct(sub, SweepRow::outcome) == 1) {
                out.add(head + ": " + leaf(sub));
            } else {
                out.add(head + ":");
                render(sub, rest, depth + 1, out);
            }
        }
    }

    private static String leaf(List<SweepRow> rows) {
        Map<String, Long> counts = rows.stream().collect(Collectors.groupingBy(SweepRow::outcome, LinkedHashMap::new,
                Collectors.counting()));
        return counts.entrySet().stream().map(e -> (e.getKey().equals("all hold") ? "SAFE (all hold)"
                        : e.getKey().equals("inconclusive") ? "inconclusive" : "violated: " + e.getKey())
                        + " [" + e.getValue() + (e.getValue() == 1 ? " combination]" : " combinations]"))
                .collect(Collectors.joining("; "));
    }

    private static double splitEntropy(List<SweepRow> rows, Knob k) {
        double h = 0;
        for (String v : k.choices()) {
            List<SweepRow> sub = rows.stream().filter(r -> r.values().get(k).equals(v)).toList();
            if (!sub.isEmpty()) {
                h += sub.size() * entropy(sub) / rows.size();
            }
        }
        return h;
    }

    private static double entropy(List<SweepRow> rows) {
        Map<String, Long> counts = rows.stream().collect(Collectors.groupingBy(SweepRow::outcome, Collectors.counting()));
        double h = 0;
        for (long c : counts.values()) {
            double p = (double) c / rows.size();
            h -= p * Math.log(p);
        }
        return h;
    }

    private static long distinct(List<SweepRow> rows, Function<SweepRow, String> f) {
        return rows.stream().map(f).distinct().count();
    }

    /**
     * For each knob, of the pairs of combinations that differ in that knob alone, how
     * many differ in being safe: the knobs that decide come first.
     */
    public static ImmutableList<Influence> influence(List<SweepRow> rows, List<Knob> knobs) {
        List<Influence> out = new ArrayList<>();
        for (Knob k : knobs) {
            Map<Map<Knob, String>, List<SweepRow>> groups = rows.stream().collect(Collectors.groupingBy(r -> {
                Map<Knob, String> m = new LinkedHashMap<>(r.values());
                m.remove(k);
                return m;
            }));
            long pairs = 0;
            long flips = 0;
            for (List<SweepRow> g : groups.values()) {
                for (int i = 0; i < g.size(); i++) {
                    for (int j = i + 1; j < g.size(); j++) {
                        pairs++;
                        if (g.get(i).safe() != g.get(j).safe()) {
                            flips++;
                        }
                    }
                }
            }
            out.add(new Influence(k, flips, pairs));
        }
        out.sort((a, b) -> Double.compare(b.share(), a.share()));
        return ImmutableList.copyOf(out);
    }

    /** Changing {@code knob} alone turns safe into unsafe (or back) in {@code flips} of {@code pairs} pairs. */
    public record Influence(Knob knob, long flips, long pairs) {
        public double share() { return pairs == 0 ? 0 : (double) flips / pairs; }
    }
}
