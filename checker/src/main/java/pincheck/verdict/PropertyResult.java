package pincheck.verdict;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import pincheck.property.Property;
import pincheck.trace.Trace;

/**
 * The verdict on one property. Holds carries the counts of the exhaustive run;
 * violated carries the shortest trace; inconclusive carries the reason. inputs are
 * the engine's input files of the run that gave the verdict (file name to text),
 * empty when the engine did not record them; reports copy them so a reader can rerun it.
 */
public record PropertyResult(Property property, Verdict verdict, OptionalLong generated,
                             OptionalLong distinct, OptionalLong depth, double seconds,
                             Optional<String> reason, Optional<Trace> trace,
                             ImmutableSortedMap<String, String> inputs) {

    public static PropertyResult holds(Property p, long generated, long distinct, long depth,
                                       double seconds) {
        return holds(p, OptionalLong.of(generated), distinct, OptionalLong.of(depth), seconds);
    }

    /** As above, without the counts the engine could not give (distributed TLC's depth is not a BFS depth). */
    public static PropertyResult holds(Property p, OptionalLong generated, long distinct, OptionalLong depth,
                                       double seconds) {
        return new PropertyResult(p, Verdict.HOLDS, generated, OptionalLong.of(distinct), depth, seconds,
                Optional.empty(), Optional.empty(), ImmutableSortedMap.of());
    }

    /** No counterexample of up to {@code steps} states (depth carries the bound): holds up to it. */
    public static PropertyResult bounded(Property p, int steps, double seconds) {
        return new PropertyResult(p, Verdict.BOUNDED, OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.of(steps), seconds, Optional.empty(), Optional.empty(), ImmutableSortedMap.of());
    }

    /** The engine does not state the property at all; the reason says which engine does. */
    public static PropertyResult notChecked(Property p, String reason) {
        return new PropertyResult(p, Verdict.NOT_CHECKED, OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty(), 0, Optional.of(reason), Optional.empty(), ImmutableSortedMap.of());
    }

    public static PropertyResult violated(Property p, Trace trace, OptionalLong generated,
                                          OptionalLong distinct, double seconds) {
        return new PropertyResult(p, Verdict.VIOLATED, generated, distinct,
                OptionalLong.of(trace.steps().size()), seconds, Optional.empty(), Optional.of(trace),
                ImmutableSortedMap.of());
    }

    public static PropertyResult inconclusive(Property p, String reason, double seconds) {
        return new PropertyResult(p, Verdict.INCONCLUSIVE, OptionalLong.empty(),
                OptionalLong.empty(), OptionalLong.empty(), seconds, Optional.of(reason),
                Optional.empty(), ImmutableSortedMap.of());
    }

    /** The same verdict, with the engine input files that produced it. */
    public PropertyResult withInputs(Map<String, String> files) {
        return new PropertyResult(property, verdict, generated, distinct, depth, seconds, reason, trace,
                ImmutableSortedMap.copyOf(files));
    }
}
