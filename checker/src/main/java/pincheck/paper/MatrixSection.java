package pincheck.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The verdict matrix of results.json: one table per scenario, a row per design, a column per property. */
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
                + " verdicts. Cells: `V` violated, `h` holds, `r` condition reachable, `u` condition unreachable, "
                + "`i` inconclusive (the reason is in `counterexamples/README.md`). Columns are the numbers of "
                + "the properties table."));
        List<String> header = new ArrayList<>(List.of("design"));
        for (int i = 1; i <= r.properties().size(); i++) {
            header.add(String.valueOf(i));
        }
        for (Results.Scenario s : r.scenarios()) {
            List<List<String>> rows = new ArrayList<>();
            for (Results.Design d : r.designs()) {
                r.model(s.name(), d.name()).ifPresent(m -> {
                    List<String> row = new ArrayList<>(List.of(d.name()));
                    for (Results.Prop p : r.properties()) {
                        row.add(m.result(p.name()).map(o -> code(p, o)).orElse("-"));
                    }
                    rows.add(row);
                });
            }
            b.add(Block.Table.of("`" + s.name() + "`: " + s.title(), header, rows).asVerdicts());
        }
        List<String> clean = clean(r);
        b.add(new Block.Para(clean.isEmpty()
                ? "Every design violates some property in some scenario."
                : "Designs with no violated or inconclusive property in any scenario: "
                        + clean.stream().map(d -> "`" + d + "`").collect(Collectors.joining(", ")) + "."));
        return new Section("results", "Results", b);
    }

    /** One letter per verdict, so a scenario's table fits the page. */
    static String code(Results.Prop p, Results.Outcome o) {
        return switch (o.verdict()) {
            case "holds" -> p.isCondition() ? "u" : "h";
            case "violated" -> p.isCondition() ? "r" : "V";
            default -> "i";
        };
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
}
