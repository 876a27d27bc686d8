package pincheck.alloy;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import java.util.Optional;
import pincheck.property.Property;
import pincheck.trace.Narration;
import pincheck.trace.Trace;
import pincheck.verdict.CheckResult;
import pincheck.verdict.ExitStatus;
import pincheck.verdict.PropertyResult;
import pincheck.verdict.Verdict;

/**
 * TLC's and Alloy's verdicts on one model, property by property. TLC's "holds" agrees with
 * Alloy's "holds up to N steps"; two violations agree when their traces have the same
 * length (both engines give a shortest one) and TLC's trace replays in Alloy. Inconclusive
 * or unchecked verdicts are not compared and say so.
 */
public record Agreement(String scenario, String design, ImmutableList<Row> rows) {
    /** The CLI's exit status when the engines disagree (README: exit codes). */
    public static final int EXIT_DISAGREE = ExitStatus.DISAGREE.code();

    public enum Status { AGREE, DISAGREE, NOT_COMPARED }

    public record Row(Property property, PropertyResult tlc, PropertyResult alloy, Status status, String detail) {}

    /** @param replays the Alloy replay of each TLC counterexample */
    public static Agreement of(CheckResult tlc, CheckResult alloy, Map<Property, Replay.Result> replays) {
        ImmutableList.Builder<Row> rows = ImmutableList.builder();
        for (PropertyResult t : tlc.results()) {
            PropertyResult a = alloy.results().stream().filter(x -> x.property() == t.property()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Alloy has no result for " + t.property()));
            rows.add(row(t, a, Optional.ofNullable(replays.get(t.property()))));
        }
        return new Agreement(tlc.scenario(), tlc.design().name(), rows.build());
    }

    private static Row row(PropertyResult t, PropertyResult a, Optional<Replay.Result> replay) {
        Property p = t.property();
        if (!compared(t.verdict()) || !compared(a.verdict())) {
            return new Row(p, t, a, Status.NOT_COMPARED, "TLC " + t.verdict().word() + ", Alloy "
                    + a.verdict().word() + a.reason().map(r -> " (" + r + ")").orElse(""));
        }
        boolean tViolated = t.verdict() == Verdict.VIOLATED;
        boolean aViolated = a.verdict() == Verdict.VIOLATED;
        if (tViolated && a.verdict() == Verdict.BOUNDED
                && !BothEngines.within(t.trace().orElseThrow(), (int) a.depth().orElse(0))) {
            return new Row(p, t, a, Status.NOT_COMPARED, "TLC " + word(t) + ", beyond Alloy's bound of "
                    + a.depth().orElse(0) + " states");
        }
        if (tViolated != aViolated) {
            return new Row(p, t, a, Status.DISAGREE, "TLC " + word(t) + ", Alloy " + word(a));
        }
        if (!tViolated) {
            // a bound below TLC's depth leaves the deeper states to TLC alone: said, not hidden
            boolean shortOfTlc = a.verdict() == Verdict.BOUNDED && a.depth().orElse(0) < t.depth().orElse(0);
            return new Row(p, t, a, Status.AGREE, "TLC " + word(t) + ", Alloy " + word(a)
                    + (shortOfTlc ? " of TLC's depth " + t.depth().orElse(0) : ""));
        }
        int tl = t.trace().orElseThrow().steps().size();
        int al = a.trace().orElseThrow().steps().size();
        if (tl != al) {
            return new Row(p, t, a, Status.DISAGREE, "both violated, but TLC's shortest trace has " + tl
                    + " steps and Alloy's " + al);
        }
        if (replay.isPresent() && replay.get().outcome() != Replay.Outcome.ACCEPTED) {
            Replay.Result r = replay.get();
            return new Row(p, t, a, r.outcome() == Replay.Outcome.INCONCLUSIVE ? Status.NOT_COMPARED : Status.DISAGREE,
                    "TLC's trace does not replay in Alloy: " + r.outcome().name().toLowerCase().replace('_', ' ')
                            + (r.detail().isEmpty() ? "" : ": " + r.detail()));
        }
        return new Row(p, t, a, Status.AGREE, "both violated in " + tl + " steps"
                + (replay.isPresent() ? "; TLC's trace replays in Alloy" : ""));
    }

    private static boolean compared(Verdict v) {
        return v == Verdict.HOLDS || v == Verdict.BOUNDED || v == Verdict.VIOLATED;
    }

    private static String word(PropertyResult x) {
        return switch (x.verdict()) {
            case BOUNDED -> "holds up to " + x.depth().orElse(0) + " steps";
            case VIOLATED -> "violated (" + x.trace().map(tr -> tr.steps().size()).orElse(0) + " steps)";
            default -> x.verdict().word();
        };
    }

    public boolean agrees() {
        return rows.stream().noneMatch(r -> r.status() == Status.DISAGREE);
    }

    /** Every safety property compared (liveness is TLC's alone): else the check is incomplete. */
    public boolean complete() {
        return rows.stream().allMatch(r -> crossChecked(r.property(), r.status()));
    }

    /** A property's row leaves nothing uncompared that Alloy could have checked. */
    static boolean crossChecked(Property p, Status s) {
        return p.isLiveness() || s != Status.NOT_COMPARED;
    }

    /** The exit status of a check by both engines: ExitStatus's order over TLC's and the comparison. */
    public static ExitStatus status(CheckResult tlc, boolean agrees, boolean complete) {
        return ExitStatus.worst(java.util.List.of(ExitStatus.of(tlc), agrees ? ExitStatus.HOLDS : ExitStatus.DISAGREE,
                complete ? ExitStatus.HOLDS : ExitStatus.INCOMPLETE));
    }

    /** One line per property: agree, disagree or not compared, and why. */
    public String summary() {
        StringBuilder b = new StringBuilder("agreement of TLC and Alloy on " + scenario + " under " + design + ":\n");
        int w = rows.stream().mapToInt(r -> r.property().tlaName().length()).max().orElse(10);
        for (Row r : rows) {
            b.append(String.format("  %-" + w + "s  %-12s %s%n", r.property().tlaName(),
                    r.status().name().toLowerCase().replace('_', ' '), r.detail()));
        }
        return b.toString();
    }

    /** The summary; each disagreement followed by both traces, narrated. */
    public String text() {
        StringBuilder b = new StringBuilder(summary());
        for (Row r : rows) {
            if (r.status() == Status.DISAGREE) {
                b.append("\nDISAGREEMENT on ").append(r.property().tlaName()).append(":\n");
                trace(b, "TLC", r.tlc().trace());
                trace(b, "Alloy", r.alloy().trace());
            }
        }
        return b.toString();
    }

    private static void trace(StringBuilder b, String engine, Optional<Trace> t) {
        if (t.isEmpty()) {
            b.append("  ").append(engine).append(": no counterexample\n");
            return;
        }
        b.append("  ").append(engine).append("'s trace, ").append(t.get().steps().size()).append(" steps:\n");
        Narration.lines(t.get()).forEach(l -> b.append("  ").append(l).append('\n'));
    }
}
