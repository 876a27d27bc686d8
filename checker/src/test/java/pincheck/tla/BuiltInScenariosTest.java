package pincheck.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pincheck.tla.Models.builtIn;
import static pincheck.tla.Models.check;
import static pincheck.tla.Models.result;

import java.util.List;
import org.junit.jupiter.api.Test;
import pincheck.design.Knob;
import pincheck.design.Presets;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.trace.Narration;
import pincheck.trace.Step;
import pincheck.trace.Trace;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;
import pincheck.verdict.Verdict;

/** What issue 2 asks to be shown on the two built-in scenarios. */
class BuiltInScenariosTest {

    @Test
    void dioZeroPageHoldsEverythingUnderKernel2023() throws Exception {
        CheckResult r = check(builtIn("dio-zero-page"), "kernel-2023");
        for (PropertyResult x : r.results()) {
            assertEquals(Verdict.HOLDS, x.verdict(), x.property() + " " + x.reason().orElse(""));
            assertTrue(x.distinct().orElse(0) > 1);
        }
    }

    @Test
    void unpinningEndIosDriveZeroPageBelowItsBase() throws Exception {
        for (String preset : List.of("bias-unpin-all", "split-end-io")) {
            CheckResult r = check(builtIn("dio-zero-page"), List.of(Property.NO_UNDERFLOW), preset);
            PropertyResult x = result(r, Property.NO_UNDERFLOW);
            assertEquals(Verdict.VIOLATED, x.verdict(), preset);
            Trace t = x.trace().orElseThrow();
            String text = String.join("\n", Narration.lines(t));
            assertTrue(t.steps().stream().anyMatch(s -> s.event().site().equals("fs/direct-io.c:dio_zero_block")
                    && s.event().args().contains("Z")), text);
            Step last = t.steps().get(t.steps().size() - 1);
            assertTrue(last.event().call().startsWith("dio_bio_end_io"), text);
            assertTrue(last.changes().stream().anyMatch(c -> c.matches("Z\\._refcount 2 -> -\\d+")), text);
        }
    }

    @Test
    void unconvertedEndIoOnlyLeaks() throws Exception {
        CheckResult r = check(builtIn("dio-zero-page"), "bias-unconverted");
        PropertyResult leak = result(r, Property.BALANCED_WHEN_QUIET);
        assertEquals(Verdict.VIOLATED, leak.verdict());
        Trace t = leak.trace().orElseThrow();
        assertTrue(t.last().pages().get("U1").ref() > 1, "U1 keeps the pin: " + Narration.lines(t));
        assertEquals(Verdict.HOLDS, result(r, Property.NO_UNDERFLOW).verdict());
        assertEquals(Verdict.HOLDS, result(r, Property.NO_USE_AFTER_FREE).verdict());
        assertEquals(Verdict.HOLDS, result(r, Property.ZERO_PAGE_NEVER_FREED).verdict());
    }

    @Test
    void munmapDuringDmaNeverFreesAGupPageInAnyPreset() throws Exception {
        Scenario s = builtIn("dio-zero-page");
        for (Presets.Preset p : Presets.all()) {
            CheckResult r = check(s, List.of(Property.NO_USE_AFTER_FREE), p.design().name());
            PropertyResult uaf = result(r, Property.NO_USE_AFTER_FREE);
            assertEquals(Verdict.HOLDS, uaf.verdict(), p.design().name() + ": "
                    + uaf.trace().map(t -> String.join("\n", Narration.lines(t))).orElse(""));
        }
    }

    @Test
    void writebackRaceBreaksOnlyWithoutPinTracking() throws Exception {
        Scenario s = builtIn("writeback-race");
        for (Presets.Preset p : Presets.all()) {
            CheckResult r = check(s, List.of(Property.NO_WRITEBACK_UNDER_DMA), p.design().name());
            Verdict expected = p.design().value(Knob.PIN_ACCOUNTING).equals("get") ? Verdict.VIOLATED : Verdict.HOLDS;
            assertEquals(expected, result(r, Property.NO_WRITEBACK_UNDER_DMA).verdict(), p.design().name());
        }
    }
}
