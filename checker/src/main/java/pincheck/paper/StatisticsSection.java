package pincheck.paper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** States and depth per model; times are left to stats.json so this file stays reproducible. */
final class StatisticsSection {
    private StatisticsSection() {}

    static Section build(Results r, boolean haveBench) {
        List<List<String>> rows = rows(r);
        List<Block> b = new ArrayList<>();
        b.add(new Block.Para("Distinct states and depth of the largest exhaustive run of a model (a model "
                + "whose every property is violated or inconclusive has none: `-`). Run times are not printed "
                + "here, so that this document is the same byte for byte on every machine: they are in "
                + "`counterexamples/stats.json` per model and engine"
                + (haveBench ? ", and in `counterexamples/bench.json`." : "; `bench.json` (search and wall "
                        + "seconds per engine) is not in the results folder.")));
        java.util.LongSummaryStatistics distinct = rows.stream().filter(x -> !x.get(3).equals("-"))
                .mapToLong(x -> Long.parseLong(x.get(3))).summaryStatistics();
        java.util.LongSummaryStatistics depth = rows.stream().filter(x -> !x.get(4).equals("-"))
                .mapToLong(x -> Long.parseLong(x.get(4))).summaryStatistics();
        if (distinct.getCount() > 0) {
            String largest = rows.stream().filter(x -> x.get(3).equals(String.valueOf(distinct.getMax())))
                    .map(x -> "`" + x.get(0) + "` under `" + x.get(1) + "`").findFirst().orElse("");
            b.add(new Block.Para(distinct.getCount() + " of " + rows.size() + " models have an exhaustive run: "
                    + distinct.getMin() + " to " + distinct.getMax() + " distinct states (" + distinct.getSum()
                    + " in all; the largest " + largest + "), depth " + depth.getMin() + " to " + depth.getMax()
                    + ". The figures of every model are in the appendix."));
        }
        return new Section("statistics", "State-space statistics", b);
    }

    private static List<List<String>> rows(Results r) {
        List<List<String>> rows = new ArrayList<>();
        for (Results.Model m : r.models()) {
            // The largest exhaustive run of the model: the safety run, or the liveness run if larger.
            m.results().stream().filter(o -> o.verdict().equals("holds") && o.distinct().isPresent())
                    .max(Comparator.comparingLong(o -> o.distinct().getAsLong()))
                    .ifPresentOrElse(o -> rows.add(List.of(m.scenario(), m.design(), m.engine(),
                                    String.valueOf(o.distinct().getAsLong()),
                                    o.depth().isPresent() ? String.valueOf(o.depth().getAsLong()) : "-")),
                            () -> rows.add(List.of(m.scenario(), m.design(), m.engine(), "-", "-")));
        }
        return rows;
    }

    /** For the appendix: the figures of every model. */
    static Section appendix(Results r) {
        return new Section("statistics-models", "State space per model", List.of(
                Block.Table.of("Distinct states and depth of the largest exhaustive run, per model", List.of("scenario",
                        "design", "engine", "distinct states", "depth"), rows(r))));
    }
}
