package pincheck.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The verdicts of results.json: a row per property, a column per design, the scenarios where it breaks. */
final class MatrixSection {
    private MatrixSection() {}

    static Section build(Results r) {
        List<Block> b = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        r.models().forEach(m -> m.results().forEach(o -> counts.merge(o.verdict(), 1, Integer::sum)));
        String engines = r.models().stream().map(Results.Model::engine).distinct().sorted()
                .collect(Collectors.joining(", "));
        b.add(new Block.Para(r.scenarios().size() + " scenarios under " + r.designs().size() + " designs: "
                + r.models().size() + " models, checked by " + engines + " (exhaustive breadth-first search), "
                + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", "))
                + " verdicts. The table reads in print without colour: a row per property, a column per design, "
                + "each cell naming the scenarios where the property is violated (for a condition: reached) under "
                + "that design (`all but X`: in every scenario except X); `holds` means it holds in every scenario after an exhaustive run (for a condition: "
                + "`unreachable`). The narrated counterexamples are in `counterexamples/SCENARIO/DESIGN/PROPERTY/`."));
        b.add(new Block.Para("The appendix says in a line what each scenario the table names is."));
        List<String> header = new ArrayList<>(List.of("property"));
        r.designs().forEach(d -> header.add(d.name()));
        List<List<String>> rows = new ArrayList<>();
        for (Results.Prop p : r.properties()) {
            List<String> row = new ArrayList<>(List.of(p.name()));
            for (Results.Design d : r.designs()) {
                row.add(cell(r, p, d));
            }
            rows.add(row);
        }
        List<Double> widths = new ArrayList<>(List.of(0.2));
        r.designs().forEach(d -> widths.add(0.8 / r.designs().size()));
        b.add(Block.Table.of("Where each property breaks, by design", header, rows).withWidths(widths));
        List<String> clean = clean(r);
        b.add(new Block.Para(clean.isEmpty()
                ? "Every design violates some property in some scenario."
                : "Designs with no violated or inconclusive property in any scenario: "
                        + clean.stream().map(d -> "`" + d + "`").collect(Collectors.joining(", ")) + "."));
        return new Section("results", "Results", b);
    }

    /** The scenarios where p is violated under d, then those inconclusive; a word when none is. */
    static String cell(Results r, Results.Prop p, Results.Design d) {
        List<String> violated = new ArrayList<>();
        List<String> inconclusive = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        for (Results.Scenario s : r.scenarios()) {
            Optional<Results.Outcome> o = r.model(s.name(), d.name()).flatMap(m -> m.result(p.name()));
            if (o.isEmpty()) {
                continue;
            }
            switch (o.get().verdict()) {
                case "violated" -> violated.add(s.name());
                case "holds" -> { }
                case "inconclusive" -> inconclusive.add(s.name());
                default -> unchecked.add(s.name());
            }
        }
        List<String> parts = new ArrayList<>();
        List<String> others = r.scenarios().stream().map(Results.Scenario::name)
                .filter(n -> !violated.contains(n) && !inconclusive.contains(n) && !unchecked.contains(n)).toList();
        // most scenarios: name the few where it holds instead
        int total = r.scenarios().size();
        if (violated.size() == total && total > 2) {
            parts.add("all " + violated.size());
        } else if (violated.size() > total / 2 && !others.isEmpty() && total > 2) {
            parts.add("all but " + String.join(", ", others));
        } else {
            parts.addAll(violated);
        }
        if (!inconclusive.isEmpty()) {
            parts.add("inconclusive: " + String.join(", ", inconclusive));
        }
        if (!unchecked.isEmpty()) {
            parts.add("not checked: " + String.join(", ", unchecked));
        }
        if (parts.isEmpty()) {
            return p.isCondition() ? "unreachable" : "holds";
        }
        return String.join(", ", parts);
    }

    /** Designs with no violated or inconclusive property in any scenario. */
    static List<String> clean(Results r) {
        return r.designs().stream().map(Results.Design::name)
                .filter(d -> r.models().stream().filter(m -> m.design().equals(d))
                        .allMatch(m -> m.results().stream().noneMatch(o -> isFailure(r, o))))
                .toList();
    }

    static boolean isFailure(Results r, Results.Outcome o) {
        boolean condition = r.properties().stream().anyMatch(p -> p.name().equals(o.property()) && p.isCondition());
        return o.verdict().equals("inconclusive") || o.verdict().equals("violated") && !condition;
    }

    /** For the appendix: each scenario the results table names, in a line. */
    static Section scenarios(Results r) {
        return new Section("scenarios", "The scenarios", List.of(
                new Block.Items(false, r.scenarios().stream().map(s -> "`" + s.name() + "`: " + s.title()).toList())));
    }
}
