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
        b.append("code: ").append(r.design().kernel().describe()).append('\n');
        if (!r.design().hypotheticals().isEmpty()) {
            b.append("HYPOTHETICAL: ").append(String.join(", ", r.design().hypotheticals()))
                    .append(" (no kernel does this; see ./pincheck list)\n");
        }
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
                narrate(b, x, facts, r);
            });
        }
        return b.toString();
    }

    /**
     * Both engines' verdicts side by side, then every counterexample once: TLC's, and a line
     * saying whether Alloy found the same one (narrated the same), another of the same length
     * (printed too), or none; then the agreement, property by property.
     */
    public static String bothText(Scenario s, pincheck.alloy.BothEngines.Result both) {
        ImmutableMap<String, PageFacts> facts = Facts.of(s);
        CheckResult tlc = both.tlc();
        CheckResult alloy = both.alloy();
        StringBuilder b = new StringBuilder();
        b.append(s.name()).append(" under ").append(tlc.design().name()).append(" (").append(tlc.design().describe())
                .append("), engines tlc and alloy\n");
        b.append("scaling: ").append(tlc.scaling().describe()).append('\n');
        int w = tlc.results().stream().mapToInt(x -> x.property().tlaName().length()).max().orElse(10);
        int v = tlc.results().stream().mapToInt(x -> ("TLC " + verdictText(x)).length()).max().orElse(10);
        for (int i = 0; i < tlc.results().size(); i++) {
            b.append(String.format("  %-" + w + "s  %-" + v + "s  Alloy %s%n", tlc.results().get(i).property().tlaName(),
                    "TLC " + verdictText(tlc.results().get(i)), verdictText(alloy.results().get(i))));
        }
        for (int i = 0; i < tlc.results().size(); i++) {
            PropertyResult t = tlc.results().get(i);
            PropertyResult a = alloy.results().get(i);
            if (t.trace().isEmpty() && a.trace().isEmpty()) {
                continue;
            }
            PropertyResult shown = t.trace().isPresent() ? t : a;
            String engine = t.trace().isPresent() ? "TLC" : "Alloy";
            b.append(shown.property().isCondition() ? "\nWitness for " : "\nCounterexample for ")
                    .append(shown.property().tlaName()).append(" (").append(shown.property().title()).append("), ")
                    .append(shown.trace().get().steps().size()).append(" steps, ").append(engine).append("'s:\n");
            narrate(b, shown, facts, tlc);
            if (t.trace().isPresent() && a.trace().isPresent()) {
                List<String> tl = Narration.lines(t.trace().get(), tlc.design());
                List<String> al = Narration.lines(a.trace().get(), tlc.design());
                if (tl.equals(al)) {
                    b.append("  Alloy found the same trace.\n");
                } else {
                    b.append("  Alloy found another trace of ").append(a.trace().get().steps().size())
                            .append(" steps:\n");
                    al.forEach(l -> b.append(l).append('\n'));
                }
            } else if (t.trace().isPresent()) {
                b.append("  Alloy: ").append(verdictText(a)).append(".\n");
            } else {
                b.append("  TLC: ").append(verdictText(t)).append(".\n");
            }
        }
        return b.append('\n').append(both.agreement().summary()).toString();
    }

    private static void narrate(StringBuilder b, PropertyResult x, ImmutableMap<String, PageFacts> facts, CheckResult r) {
        x.trace().ifPresent(t -> {
            Narration.lines(t, r.design()).forEach(l -> b.append(l).append('\n'));
            b.append("  => ").append(Explanation.of(x.property(), t, facts, r.design(), r.scaling())).append('\n');
        });
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
        Scaling sc = first.scaling();
        return JsonFiles.write(new CheckDocument(CheckDocument.SCHEMA, status.word(), status.code(), Optional.empty(),
                Optional.of(s.name()), Optional.of(s.file()),
                Optional.of(ResultsDocument.DesignDoc.of(first.design())),
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
