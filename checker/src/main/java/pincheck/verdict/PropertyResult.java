package pincheck.verdict;

import java.util.Optional;
import java.util.OptionalLong;
import pincheck.property.Property;
import pincheck.trace.Trace;

/**
 * The verdict on one property. Holds carries the counts of the exhaustive run;
 * violated carries the shortest trace; inconclusive carries the reason.
 */
public record PropertyResult(Property property, Verdict verdict, OptionalLong generated,
                             OptionalLong distinct, OptionalLong depth, double seconds,
                             Optional<String> reason, Optional<Trace> trace) {

    public static PropertyResult holds(Property p, long generated, long distinct, long depth,
                                       double seconds) {
        return new PropertyResult(p, Verdict.HOLDS, OptionalLong.of(generated),
                OptionalLong.of(distinct), OptionalLong.of(depth), seconds, Optional.empty(),
                Optional.empty());
    }

    /** No counterexample of up to {@code steps} states (depth carries the bound): holds up to it. */
    public static PropertyResult bounded(Property p, int steps, double seconds) {
        return new PropertyResult(p, Verdict.BOUNDED, OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.of(steps), seconds, Optional.empty(), Optional.empty());
    }

    /** The engine does not state the property at all; the reason says which engine does. */
    public static PropertyResult notChecked(Property p, String reason) {
        return new PropertyResult(p, Verdict.NOT_CHECKED, OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty(), 0, Optional.of(reason), Optional.empty());
    }

    public static PropertyResult violated(Property p, Trace trace, OptionalLong generated,
                                          OptionalLong distinct, double seconds) {
        return new PropertyResult(p, Verdict.VIOLATED, generated, distinct,
                OptionalLong.of(trace.steps().size()), seconds, Optional.empty(), Optional.of(trace));
    }

    public static PropertyResult inconclusive(Property p, String reason, double seconds) {
        return new PropertyResult(p, Verdict.INCONCLUSIVE, OptionalLong.empty(),
                OptionalLong.empty(), OptionalLong.empty(), seconds, Optional.of(reason),
                Optional.empty());
    }
}
