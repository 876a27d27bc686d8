package pincheck.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import pincheck.alloy.Agreement;
import pincheck.design.Knob;
import pincheck.design.Scaling;
import pincheck.property.Explanation;
import pincheck.property.PageFacts;
import pincheck.scenario.Scenario;
import pincheck.trace.Narration;
import pincheck.trace.Snapshot;
import pincheck.trace.Step;
import pincheck.verdict.CheckResult;
import pincheck.verdict.ExitStatus;
import pincheck.verdict.PropertyResult;
import pincheck.verdict.Verdict;

/** The result of `pincheck check`: one line per property, then each counterexample narrated. */
public final class CheckReport {
    private CheckReport() {}

    public static String text(Scenario s, CheckResult r) {
        ImmutableMap<String, PageFacts> facts = Facts.of(s);
        StringBuilder b = new StringBuilder();
        b.append(s.name()).append(" under ").append(r.design().name()).append(" (").append(r.design().describe())
                .append("), engine ").append(r.engine()).append('\n');
        b.append("scaling: ").append(r.scaling().describe()).append('\n');
        int w = r.results().stream().mapToInt(x -> x.property().tlaName().length()).max().orElse(10);
        for (PropertyResult x : r.results()) {
            b.append(String.format("  %-" + w + "s  %s%n", x.property().tlaName(), verdictText(x)));
        }
        for (PropertyResult x : r.results()) {
            x.trace().ifPresent(t -> {
                b.append(x.property().isCondition() ? "\nWitness for " : "\nCounterexample for ")
                        .append(x.property().tlaName()).append(" (")
                        .append(x.property().title()).append("), ").append(t.steps().size()).append(" steps:\n");
                Narration.lines(t).forEach(l -> b.append(l).append('\n'));
                b.append("  => ").append(Explanation.of(x.property(), t, facts, r.design(), r.scaling())).append('\n');
            });
        }
        return b.toString();
    }

    /** {@code holds: 20 distinct states, depth 8} / {@code VIOLATED} / {@code inconclusive: reason}. */
    public static String verdictText(PropertyResult x) {
        boolean cond = x.property().isCondition();
        return switch (x.verdict()) {
            case HOLDS -> (cond ? "unreachable: " : "holds: ") + x.distinct().orElse(0) + " distinct states"
                    + (x.depth().isPresent() ? ", depth " + x.depth().getAsLong() : "");
            case BOUNDED -> (cond ? "unreachable up to " : "holds up to ") + x.depth().orElse(0) + " steps";
            case NOT_CHECKED -> "not checked: " + x.reason().orElse("unknown");
            case VIOLATED -> (cond ? "reachable (" : "VIOLATED (") + x.trace().map(t -> t.steps().size()).orElse(0)
                    + " steps)";
            case INCONCLUSIVE -> "inconclusive: " + x.reason().orElse("unknown");
        };
    }

    /**
     * `check --json`: one document with each engine's verdicts (TLC, Alloy, or both with their
     * agreement) and the exit status they come to.
     */
    public static String json(Scenario s, List<CheckResult> engines, Optional<Agreement> agreement,
                              ExitStatus status) {
        CheckResult first = engines.get(0);
        Map<String, String> knobs = new LinkedHashMap<>();
        for (Knob k : Knob.values()) {
            knobs.put(k.key(), first.design().value(k));
        }
        Scaling sc = first.scaling();
        return JsonFiles.write(new CheckDocument(CheckDocument.SCHEMA, status.word(), status.code(), Optional.empty(),
                Optional.of(s.name()), Optional.of(s.file()),
                Optional.of(new CheckDocument.DesignDoc(first.design().name(), knobs)),
                Optional.of(new ResultsDocument.ScalingDoc(sc.bias(), sc.refMax(), sc.zeroBase(), sc.describe())),
                engines.stream().map(r -> new CheckDocument.EngineDoc(r.engine(), ExitStatus.of(r).word(),
                        r.results().stream().map(x -> property(s, r, x)).toList())).toList(),
                agreement.map(a -> new CheckDocument.AgreementDoc(a.agrees(), a.complete(), a.rows().stream()
                        .map(row -> new CheckDocument.RowDoc(row.property().tlaName(),
                                row.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), row.detail()))
                        .toList()))));
    }

    /** `check --json` when nothing was checked: bad input, or a failure of pincheck itself. */
    public static String jsonError(ExitStatus status, String message, Optional<String> file,
                                   Optional<Integer> line) {
        return JsonFiles.write(new CheckDocument(CheckDocument.SCHEMA, status.word(), status.code(),
                Optional.of(new CheckDocument.ErrorDoc(message, file, line)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty()));
    }

    private static CheckDocument.PropertyDoc property(Scenario s, CheckResult r, PropertyResult x) {
        List<CheckDocument.StepDoc> steps = new ArrayList<>();
        x.trace().ifPresent(t -> {
            Snapshot before = t.initial();
            for (Step st : t.steps()) {
                steps.add(new CheckDocument.StepDoc(st.number(), st.event().actor(), st.event().call(),
                        st.event().args(), st.event().site(), st.event().note(),
                        StateChanges.between(before, st.after())));
                before = st.after();
            }
        });
        return new CheckDocument.PropertyDoc(x.property().tlaName(), x.property().kind().name().toLowerCase(Locale.ROOT),
                x.property().isCondition() ? conditionWord(x.verdict()) : x.verdict().word(),
                x.verdict() == Verdict.BOUNDED ? SuiteReport.boxed(x.depth()) : Optional.empty(),
                SuiteReport.boxed(x.generated()), SuiteReport.boxed(x.distinct()),
                x.verdict() == Verdict.BOUNDED ? Optional.empty() : SuiteReport.boxed(x.depth()),
                Double.parseDouble(String.format(Locale.ROOT, "%.3f", x.seconds())), x.reason(),
                x.trace().map(t -> Explanation.of(x.property(), t, Facts.of(s), r.design(), r.scaling())), steps);
    }

    /** Conditions are "reachable" or "unreachable", never "violated". */
    public static String conditionWord(Verdict v) {
        return switch (v) {
            case HOLDS -> "unreachable";
            case BOUNDED -> "unreachable up to the bound";
            case NOT_CHECKED -> "not checked";
            case VIOLATED -> "reachable";
            case INCONCLUSIVE -> "inconclusive";
        };
    }

    static ImmutableList<PropertyResult> violated(CheckResult r) {
        return r.results().stream().filter(x -> x.verdict() == Verdict.VIOLATED).collect(ImmutableList.toImmutableList());
    }
}
