package pincheck.alloy;

import java.util.List;
import pincheck.alloy.run.AlloyOutcome;
import pincheck.property.Property;
import pincheck.trace.Event;
import pincheck.trace.Step;
import pincheck.trace.Trace;

/**
 * Replays a TLC counterexample in Alloy: the instance is constrained to the trace's
 * sequence of calls (actor, call, arguments at every step), on traces of exactly its
 * length, and must be accepted as a behaviour that breaks the same property.
 */
public final class Replay {
    /** ACCEPTED: a real behaviour breaking the property; the others are errors of one encoding. */
    public enum Outcome { ACCEPTED, REJECTED, DOES_NOT_VIOLATE, INCONCLUSIVE }

    public record Result(Property property, Outcome outcome, String detail, double seconds) {}

    private Replay() {}

    public static Result of(AlloyModel model, Property p, Trace tlc, AlloyChecker.Options opt) {
        int states = tlc.steps().size() + 1;
        String calls = calls(tlc);
        List<String> inv = AlloyChecker.invariants(List.of(p));
        AlloyOutcome breaks = AlloyChecker.run(model, model.check(inv, states, "fact Replay { " + calls + " }\n"), inv,
                opt);
        if (breaks.kind() == AlloyOutcome.Kind.COUNTEREXAMPLE) {
            return new Result(p, Outcome.ACCEPTED, "", breaks.seconds());
        }
        if (breaks.kind() != AlloyOutcome.Kind.NO_COUNTEREXAMPLE) {
            return new Result(p, Outcome.INCONCLUSIVE, breaks.error().orElse(""), breaks.seconds());
        }
        // no counterexample under the replay: is the call sequence possible at all?
        AlloyOutcome possible = AlloyChecker.run(model,
                model.assertion("assert " + AlloyModel.CHECK + " { not (" + calls + ") }\n", states), List.of(), opt);
        double secs = breaks.seconds() + possible.seconds();
        return switch (possible.kind()) {
            case COUNTEREXAMPLE -> new Result(p, Outcome.DOES_NOT_VIOLATE, "Alloy accepts the " + tlc.steps().size()
                    + " calls but " + p.tlaName() + " holds after them", secs);
            case NO_COUNTEREXAMPLE -> new Result(p, Outcome.REJECTED, "Alloy has no behaviour with these "
                    + tlc.steps().size() + " calls", secs);
            default -> new Result(p, Outcome.INCONCLUSIVE, possible.error().orElse(""), secs);
        };
    }

    /** {@code after (E1 and after (E2 and ...))}: step k's event holds in state k. */
    static String calls(Trace t) {
        StringBuilder b = new StringBuilder();
        for (Step st : t.steps()) {
            b.append("after (").append(event(st.event())).append(" and ");
        }
        b.append("Ev.ev_call = Ev.ev_call");   // the innermost conjunct: true
        b.append(")".repeat(t.steps().size()));
        return b.toString();
    }

    private static String event(Event e) {
        List<String> args = e.args();
        return "Ev.ev_actor = " + AlloyNames.who(e.actor()) + " and Ev.ev_call = " + AlloyEmitter.str(e.call())
                + " and " + arg("ev_arg1", e.call(), args, 0) + " and " + arg("ev_arg2", e.call(), args, 1);
    }

    private static String arg(String field, String call, List<String> args, int i) {
        return args.size() > i ? "Ev." + field + " = " + AlloyNames.arg(call, i, args.get(i)) : "no Ev." + field;
    }
}
