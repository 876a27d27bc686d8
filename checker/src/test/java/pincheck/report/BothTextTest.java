package pincheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import pincheck.alloy.Agreement;
import pincheck.alloy.BothEngines;
import pincheck.trace.Trace;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;

/** check --engine both: each counterexample once, a line for what Alloy found. */
class BothTextTest {
    private static BothEngines.Result both(PropertyResult alloy) throws Exception {
        CheckResult tlc = Counterexample.entry().result();
        CheckResult a = new CheckResult(tlc.scenario(), tlc.design(), tlc.scaling(), "alloy", ImmutableList.of(alloy));
        return new BothEngines.Result(tlc, a, new Agreement(tlc.scenario(), tlc.design().name(), ImmutableList.of()));
    }

    @Test
    void theSameTraceIsPrintedOnceWithALineForAlloy() throws Exception {
        PropertyResult x = Counterexample.violation();
        String text = CheckReport.bothText(Counterexample.entry().scenario(), both(x));
        assertEquals(1, text.split("Counterexample for NoUnderflow", -1).length - 1, text);
        assertEquals(1, text.split("  1\\. dio ", -1).length - 1, "one narration: " + text);
        assertTrue(text.contains("  Alloy found the same trace.\n"), text);
    }

    @Test
    void anotherTraceOfAlloysIsPrintedToo() throws Exception {
        PropertyResult x = Counterexample.violation();
        Trace t = x.trace().orElseThrow();
        // the same length, its steps in another order: a different counterexample
        Trace other = Trace.of(t.initial(), t.steps().reverse().stream().map(s -> s.event()).toList(),
                t.steps().stream().map(s -> s.after()).toList());
        PropertyResult alloy = PropertyResult.violated(x.property(), other, java.util.OptionalLong.empty(),
                java.util.OptionalLong.empty(), 0);
        String text = CheckReport.bothText(Counterexample.entry().scenario(), both(alloy));
        assertTrue(text.contains("  Alloy found another trace of " + t.steps().size() + " steps:\n"), text);
        assertEquals(2, text.split("\n  1\\. ", -1).length - 1, "TLC's and Alloy's: " + text);
    }
}
