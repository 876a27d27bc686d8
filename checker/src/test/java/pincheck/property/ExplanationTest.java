package pincheck.property;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import pincheck.design.Presets;
import pincheck.design.Scaling;
import pincheck.trace.Event;
import pincheck.trace.Harm;
import pincheck.trace.PageState;
import pincheck.trace.Snapshot;
import pincheck.trace.Trace;

class ExplanationTest {
    private static PageState page(long ref) { return new PageState(ref, 0, 0, true, false, false, false, false, false); }

    @Test
    void countsBelowZeroReadPinnedInOneClauseNotOnePerPage() throws Exception {
        Snapshot s0 = new Snapshot(ImmutableMap.of("K", page(1), "P", page(1), "U", page(1)), ImmutableMap.of(),
                ImmutableMap.of(), ImmutableSortedSet.of());
        Snapshot s1 = new Snapshot(ImmutableMap.of("K", page(-2), "P", page(-3), "U", page(5)), ImmutableMap.of(),
                ImmutableMap.of(), ImmutableSortedSet.of(new Harm("underflow", "K"), new Harm("underflow", "P")));
        Trace t = Trace.of(s0, List.of(new Event("irq", "end_io", ImmutableList.of("b"), "", "")), List.of(s1));
        ImmutableMap<String, PageFacts> facts = ImmutableMap.of("K", new PageFacts("user", false),
                "P", new PageFacts("user", false), "U", new PageFacts("user", false));
        assertEquals("NeverFalsePositivePinned reachable: " + Property.FALSE_POSITIVE_PINNED.brokenMeans()
                        + ": U reads pinned with _refcount 5 (bias 4); K (_refcount -2), P (_refcount -3) read pinned"
                        + " only because the count went below zero.",
                Explanation.of(Property.FALSE_POSITIVE_PINNED, t, facts, Presets.get("split-end-io"), Scaling.DEFAULT));
    }
}
