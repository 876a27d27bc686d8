package pincheck.sweep;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import java.util.stream.Collectors;
import pincheck.design.Knob;
import pincheck.property.Property;

/** One combination of knob values and what its exhaustive run found. */
public record SweepRow(ImmutableMap<Knob, String> values, ImmutableSortedSet<Property> violated, long distinct,
                       Optional<String> inconclusive) {

    public boolean safe() { return violated.isEmpty() && inconclusive.isEmpty(); }

    /** "all hold", the violated properties, or why the run did not finish: rows with equal outcomes group. */
    public String outcome() {
        if (inconclusive.isPresent()) {
            return "inconclusive";
        }
        return violated.isEmpty() ? "all hold"
                : violated.stream().map(Property::tlaName).collect(Collectors.joining(", "));
    }
}
