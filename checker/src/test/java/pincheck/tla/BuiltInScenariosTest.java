package pincheck.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pincheck.tla.Models.builtIn;
import static pincheck.tla.Models.check;
import static pincheck.tla.Models.result;

import java.util.List;
import org.junit.jupiter.api.Test;
import pincheck.design.Presets;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.trace.Narration;
import pincheck.trace.Step;
import pincheck.trace.Trace;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;
import pincheck.verdict.Verdict;

/** What the fidelity issue asks to be shown on the built-in scenarios, kernel by kernel. */
class BuiltInScenariosTest {

    static String told(PropertyResult x) {
        return x.trace().map(t -> String.join("\n", Narration.lines(t))).orElse(x.reason().orElse(""));
    }

    @Test
    void dioZeroPageHoldsEverythingUnderLinux612() throws Exception {
        CheckResult r = check(builtIn("dio-zero-page"), "linux-6.12");
        for (PropertyResult x : r.results()) {
            assertEquals(Verdict.HOLDS, x.verdict(), x.property() + " " + told(x));
            assertTrue(x.distinct().orElse(0) > 1);
        }
    }

    @Test
    void zeroPageTakenWithGetPageInAPinnedBioIsAWrongReleaseNotAnUnderflow() throws Exception {
        // The pre-2023 fs/direct-io.c (get_page(ZERO_PAGE)) in 6.12's BIO_PAGE_PINNED bio: the unpin of the
        // zero folio is a no-op, so its reference leaks, but nothing underflows and nothing is refused.
        CheckResult r = check(builtIn("dio-zero-page"), "linux-6.12", "zero_page=get");
        assertEquals(Verdict.VIOLATED, result(r, Property.RELEASED_AS_TAKEN).verdict());
        assertEquals(Verdict.HOLDS, result(r, Property.NO_UNDERFLOW).verdict());
        assertEquals(Verdict.HOLDS, result(r, Property.ZERO_PAGE_NEVER_FREED).verdict());
        assertEquals(Verdict.HOLDS, result(r, Property.FILL_REJECTED).verdict());
        assertTrue(told(result(r, Property.RELEASED_AS_TAKEN)).contains("MISMATCHED RELEASE of Z"),
                told(result(r, Property.RELEASED_AS_TAKEN)));
    }

    @Test
    void dioZeroPageUnderLinux61HoldsEverySafetyPropertyButPins() throws Exception {
        CheckResult r = check(builtIn("dio-zero-page"), "linux-6.1");
        for (PropertyResult x : r.results()) {
            Verdict expected = x.property() == Property.PINS_VISIBLE ? Verdict.VIOLATED : Verdict.HOLDS;
            assertEquals(expected, x.verdict(), x.property() + " " + told(x));
        }
        // 6.1's direct-io takes FOLL_GET references: the page under DMA does not read pinned.
        assertTrue(told(result(r, Property.PINS_VISIBLE)).contains("iov_iter_get_pages2(it)"));
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
            assertEquals(Verdict.HOLDS, uaf.verdict(), p.design().name() + ": " + told(uaf));
        }
    }

    @Test
    void writebackUnderDmaIsOpenInBothKernels() throws Exception {
        for (String scenario : List.of("writeback-race", "writeback-race-stable")) {
            for (String kernel : List.of("linux-6.1", "linux-6.12")) {
                CheckResult r = check(builtIn(scenario), List.of(Property.NO_WRITEBACK_UNDER_DMA), kernel);
                assertEquals(Verdict.VIOLATED, result(r, Property.NO_WRITEBACK_UNDER_DMA).verdict(),
                        scenario + " " + kernel);
            }
        }
    }

    @Test
    void aWritebackThatSkipsPinnedPagesNeedsStableWritesToo() throws Exception {
        PropertyResult open = result(check(builtIn("writeback-race"), List.of(Property.NO_WRITEBACK_UNDER_DMA),
                "linux-6.12", "writeback=skip-pinned"), Property.NO_WRITEBACK_UNDER_DMA);
        assertEquals(Verdict.VIOLATED, open.verdict());
        // page_mkclean -> folio_maybe_dma_pinned false -> the GUP pins without waiting -> writepage under DMA
        List<String> calls = open.trace().orElseThrow().steps().stream().map(st -> st.event().call()).toList();
        assertEquals("page_mkclean", calls.get(0), told(open));
        assertTrue(told(open).contains("folio_maybe_dma_pinned(F) false"), told(open));
        assertTrue(calls.indexOf("iov_iter_extract_pages") > 0, told(open));
        assertEquals("writepage", calls.get(calls.size() - 1), told(open));
        PropertyResult closed = result(check(builtIn("writeback-race-stable"),
                List.of(Property.NO_WRITEBACK_UNDER_DMA), "linux-6.12", "writeback=skip-pinned"),
                Property.NO_WRITEBACK_UNDER_DMA);
        assertEquals(Verdict.HOLDS, closed.verdict(), told(closed));
    }

    @Test
    void nfsDirectUnderLinux612TakesFollGetReferences() throws Exception {
        CheckResult r = check(builtIn("nfs-direct"), "linux-6.12");
        PropertyResult pins = result(r, Property.PINS_VISIBLE);
        assertEquals(Verdict.VIOLATED, pins.verdict());
        String text = told(pins);
        assertTrue(text.contains("iov_iter_get_pages_alloc2(it)"), text);
        assertTrue(text.contains("U0._refcount 1 -> 2"), text);
        assertEquals(Verdict.HOLDS, result(r, Property.BALANCED_WHEN_QUIET).verdict());
        assertEquals(Verdict.HOLDS, result(r, Property.RELEASED_AS_TAKEN).verdict());
    }
}
