package pincheck.paper;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import pincheck.sweep.SweepDocument;

/**
 * Knob sweeps of one scenario each, from sweep-*.json (written by `./pincheck sweep`): in the body
 * the totals, the deciding knobs and the branches of the decision tree where every property
 * holds; in the appendix the whole tree and every combination.
 */
final class SweepSection {
    private SweepSection() {}

    static Section build(List<SweepDocument> sweeps) throws PaperException {
        List<Block> b = new ArrayList<>();
        if (sweeps.isEmpty()) {
            b.add(new Block.Para("No `sweep-*.json` is in the results folder; `./pincheck sweep` produces them."));
            return new Section("sweeps", "Knob sweeps", b);
        }
        for (SweepDocument s : sweeps) {
            String name = s.scenario();
            List<SweepDocument.RowDoc> rows = s.rows();
            long safe = rows.stream().filter(SweepDocument.RowDoc::safe).count();
            // The decision tree first: it says in a few lines what the full table below says in hundreds.
            b.add(new Block.Para("`" + name + "`: every combination of " + String.join(", ", s.knobs().stream()
                    .map(k -> "`" + k + "`").toList()) + ", " + rows.size() + " combinations, one exhaustive TLC run "
                    + "each; " + safe + " satisfy every property (every combination is in the appendix and in `sweep-" + name
                    + ".md`)."));
            List<String> deciding = new ArrayList<>();
            for (SweepDocument.DecidingDoc d : s.deciding()) {
                deciding.add("`" + d.knob() + "`: " + d.explains());
            }
            if (!deciding.isEmpty()) {
                b.add(new Block.Para("Knobs that decide the verdicts of `" + name + "`, most decisive first:"));
                b.add(new Block.Items(false, deciding));
            }
            List<String> safeBranches = safeBranches(s.tree());
            if (!safeBranches.isEmpty()) {
                b.add(new Block.Listing("The branches of the decision tree of `" + name + "` where every property holds"
                        + " (the whole tree is in the appendix)", ImmutableList.copyOf(safeBranches)));
            } else if (!s.tree().isEmpty()) {
                b.add(new Block.Para("No combination of the sweep of `" + name + "` satisfies every property; the "
                        + "decision tree is in the appendix."));
            }
        }
        return new Section("sweeps", "Knob sweeps", b);
    }

    /** The decision tree's lines that lead to a leaf where all hold, with the knob settings above it. */
    static List<String> safeBranches(List<String> tree) {
        List<String> out = new ArrayList<>();
        List<String> path = new ArrayList<>();
        java.util.Set<String> printed = new java.util.HashSet<>();
        for (int i = 0; i < tree.size(); i++) {
            String line = tree.get(i);
            int depth = (line.length() - line.stripLeading().length()) / 2;
            while (path.size() > depth) {
                path.remove(path.size() - 1);
            }
            path.add(i + "\u0000" + line);
            if (line.contains("SAFE")) {
                for (String p : path) {
                    if (printed.add(p)) {
                        out.add(p.substring(p.indexOf('\u0000') + 1));
                    }
                }
            }
        }
        return out;
    }

    /** For the appendix: each sweep's whole decision tree and its table of every combination. */
    static java.util.Optional<Section> appendix(List<SweepDocument> sweeps) throws PaperException {
        if (sweeps.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Block> b = new ArrayList<>();
        for (SweepDocument s : sweeps) {
            String name = s.scenario();
            List<SweepDocument.RowDoc> rows = s.rows();
            List<String> tree = s.tree();

            if (!tree.isEmpty()) {
                b.add(new Block.Listing("Decision tree of the sweep of `" + name + "`", ImmutableList.copyOf(tree)));
            }
            List<String> knobs = s.knobs();
            // a sweep whose every run finished needs no inconclusive column
            boolean anyInconclusive = false;
            for (SweepDocument.RowDoc row : rows) {
                anyInconclusive |= !row.inconclusive().isEmpty();
            }
            List<String> header = new ArrayList<>(knobs);
            header.add("violated");
            if (anyInconclusive) {
                header.add("inconclusive");
            }
            header.add("distinct");
            List<List<String>> cells = new ArrayList<>();
            for (SweepDocument.RowDoc row : rows) {
                List<String> c = new ArrayList<>();
                var values = row.values();
                knobs.forEach(k -> c.add(values.getOrDefault(k, "")));
                c.add(String.join(", ", row.violated()));
                if (anyInconclusive) {
                    c.add(String.join(", ", row.inconclusive()));
                }
                c.add(Long.toString(row.distinct()));
                cells.add(c);
            }
            // Knob columns share 0.56 of the line by their longest word, so none is cut; the property lists wrap.
            List<Integer> longest = new ArrayList<>();
            for (int k = 0; k < knobs.size(); k++) {
                int i = k;
                longest.add(java.util.stream.Stream.concat(java.util.stream.Stream.of(knobs.get(k)),
                                cells.stream().map(c -> c.get(i)))
                        .flatMap(v -> java.util.Arrays.stream(v.split("[-_| ,]"))).mapToInt(String::length)
                        .max().orElse(6));
            }
            double total = longest.stream().mapToInt(Integer::intValue).sum();
            List<Double> widths = new ArrayList<>();
            longest.forEach(n -> widths.add(Math.min(0.16, 0.56 * n / total)));
            widths.add(anyInconclusive ? 0.2 : 0.34);
            if (anyInconclusive) {
                widths.add(0.14);
            }
            widths.add(0.1);
            b.add(Block.Table.of("Sweep of `" + name + "`", header, cells).withWidths(widths));
        }
        return java.util.Optional.of(new Section("sweep-tables", "Knob sweeps in full", b));
    }
}
