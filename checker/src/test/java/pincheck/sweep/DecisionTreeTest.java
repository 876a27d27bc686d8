package pincheck.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pincheck.design.Knob;
import pincheck.property.Property;

/** The tree and the influence table on rows written by hand: end_io decides, fill_rule does not. */
class DecisionTreeTest {

    static List<SweepRow> rows() {
        List<SweepRow> rows = new ArrayList<>();
        for (String fill : Knob.FILL_RULE.choices()) {
            for (String endIo : Knob.END_IO.choices()) {
                boolean bad = endIo.equals("put-all") || endIo.equals("unpin-all");
                rows.add(new SweepRow(ImmutableMap.of(Knob.FILL_RULE, fill, Knob.END_IO, endIo),
                        bad ? ImmutableSortedSet.of(Property.NO_UNDERFLOW) : ImmutableSortedSet.of(), 10,
                        Optional.empty()));
            }
        }
        return rows;
    }

    @Test
    void theDecidingKnobIsTheRootAndEqualSubtreesMerge() {
        List<String> lines = DecisionTree.lines(rows(), List.of(Knob.FILL_RULE, Knob.END_IO));
        // branches in the order of the knob's first value in each (no-page-ref comes first)
        assertEquals(List.of(
                "end_io=no-page-ref|page-pinned|split|common-bool|per-page-mark|submitter: SAFE (all hold) [12 combinations]",
                "end_io=put-all|unpin-all: violated: NoUnderflow [4 combinations]"),
                lines);
    }

    @Test
    void influenceCountsPairsThatFlipSafety() {
        var inf = DecisionTree.influence(rows(), List.of(Knob.FILL_RULE, Knob.END_IO));
        assertEquals(Knob.END_IO, inf.get(0).knob());
        // Per fill_rule value: 2 unsafe x 6 safe end_io values flip, of 28 pairs.
        assertEquals(2 * 12, inf.get(0).flips());
        assertEquals(2 * 28, inf.get(0).pairs());
        assertEquals(0, inf.get(1).flips());
    }

    @Test
    void anUndecidedLeafListsEveryOutcome() {
        List<SweepRow> rows = List.of(
                new SweepRow(ImmutableMap.of(Knob.MERGE, "own-end-io"), ImmutableSortedSet.of(), 1, Optional.empty()),
                new SweepRow(ImmutableMap.of(Knob.MERGE, "none"), ImmutableSortedSet.of(), 1, Optional.of("timeout")));
        assertEquals(List.of("SAFE (all hold) [1 combination]; inconclusive [1 combination]"),
                DecisionTree.lines(rows, List.of()));
    }
}
