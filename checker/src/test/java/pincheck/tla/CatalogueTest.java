package pincheck.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pincheck.tla.Models.builtIn;
import static pincheck.tla.Models.check;
import static pincheck.tla.Models.result;
import static pincheck.tla.Models.scenario;

import java.util.List;
import org.junit.jupiter.api.Test;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.trace.Narration;
import pincheck.trace.Step;
import pincheck.trace.Trace;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;
import pincheck.verdict.Verdict;

/** The catalogue of kernel paths, under the kernels and the thread's proposals. */
class CatalogueTest {
    static final List<Property> SAFETY = List.of(Property.NO_UNDERFLOW, Property.NO_USE_AFTER_FREE,
            Property.BALANCED_WHEN_QUIET, Property.RELEASED_AS_TAKEN, Property.PINS_VISIBLE, Property.NO_MIXED_BIO);

    static String text(PropertyResult x) {
        return x.trace().map(t -> String.join("\n", Narration.lines(t))).orElse(x.reason().orElse(""));
    }

    static Step last(PropertyResult x) {
        Trace t = x.trace().orElseThrow();
        return t.steps().get(t.steps().size() - 1);
    }

    static void allHold(CheckResult r) {
        for (PropertyResult x : r.results()) {
            if (!x.property().isCondition()) {
                assertEquals(Verdict.HOLDS, x.verdict(), x.property() + ":\n" + text(x));
            }
        }
    }

    @Test
    void mixedBioUnderSplitEndIoUnpinsThePipePage() throws Exception {
        PropertyResult x = result(check(builtIn("mixed-bio"), List.of(Property.NO_UNDERFLOW), "split-end-io"),
                Property.NO_UNDERFLOW);
        assertEquals(Verdict.VIOLATED, x.verdict());
        Step end = last(x);
        assertEquals("foo_bio_end_io_gup", end.event().call(), text(x));
        assertTrue(end.changes().contains("UNDERFLOW of P0"), text(x));
    }

    /** The other order: the pipe page first makes the bio _normal, and the user page's pin leaks. */
    @Test
    void mixedBioFilledPipeFirstLeaksThePin() throws Exception {
        Scenario s = scenario("""
                scenario pipe-first "pipe page first, then the user page"
                page U0 user
                page P0 kernel
                iter uio iovec U0
                iter pio pipe P0
                bio b write end_io foo_bio_end_io
                actor fs
                  iov_iter_get_pages pio
                  bio_add_page b P0
                  iov_iter_get_pages uio
                  bio_add_page b U0
                  submit_bio b
                """);
        CheckResult r = check(s, List.of(Property.NO_UNDERFLOW, Property.BALANCED_WHEN_QUIET), "split-end-io");
        assertEquals(Verdict.HOLDS, result(r, Property.NO_UNDERFLOW).verdict());
        PropertyResult leak = result(r, Property.BALANCED_WHEN_QUIET);
        assertEquals(Verdict.VIOLATED, leak.verdict());
        assertEquals("foo_bio_end_io_normal", last(leak).event().call(), text(leak));
        assertTrue(leak.trace().orElseThrow().last().pages().get("U0").ref() > 1, text(leak));
    }

    @Test
    void mixedBioHoldsUnderPerPageMark() throws Exception {
        allHold(check(builtIn("mixed-bio"), SAFETY, "per-page-mark"));
    }

    @Test
    void mixedBioUnderTheHypotheticalFillRuleIsRefused() throws Exception {
        CheckResult r = check(builtIn("mixed-bio"), List.of(Property.NO_UNDERFLOW, Property.BALANCED_WHEN_QUIET,
                Property.RELEASED_AS_TAKEN, Property.NO_MIXED_BIO, Property.FILL_REJECTED), "split-end-io",
                "fill_rule=one-iter");
        allHold(r);
        PropertyResult refused = result(r, Property.FILL_REJECTED);
        assertEquals(Verdict.VIOLATED, refused.verdict(), "the attempt must be reachable");
        assertTrue(last(refused).event().note().startsWith("HYPOTHETICAL fill rule: rejected"), text(refused));
        assertEquals(0, r.exitCode(), "a reachable condition is not a failure");
    }

    /** 6.1 takes FOLL_GET references on the user page and get_page on the pipe's: one release fits both. */
    @Test
    void mixedBioUnderLinux61ReleasesAlikeButTheUserPageIsNotPinned() throws Exception {
        CheckResult r = check(builtIn("mixed-bio"), SAFETY, "linux-6.1");
        for (PropertyResult x : r.results()) {
            Verdict expected = x.property() == Property.PINS_VISIBLE ? Verdict.VIOLATED : Verdict.HOLDS;
            assertEquals(expected, x.verdict(), x.property() + ":\n" + text(x));
        }
    }

    @Test
    void bioMergeHoldsWhenEachBioKeepsItsEndIo() throws Exception {
        allHold(check(builtIn("bio-merge"), SAFETY, "split-end-io"));
        allHold(check(builtIn("bio-merge"), SAFETY, "linux-6.12"));
    }

    @Test
    void bioMergeWithTheHypotheticalSharedEndIoReleasesTheOtherBiosPages() throws Exception {
        PropertyResult x = result(check(builtIn("bio-merge"), List.of(Property.RELEASED_AS_TAKEN), "split-end-io",
                "merge=shared-end-io"), Property.RELEASED_AS_TAKEN);
        assertEquals(Verdict.VIOLATED, x.verdict());
        Trace t = x.trace().orElseThrow();
        assertTrue(t.steps().stream().anyMatch(s -> s.event().call().equals("bio_attempt_back_merge")
                && s.event().note().startsWith("HYPOTHETICAL")), text(x));
        assertTrue(last(x).event().note().startsWith("HYPOTHETICAL shared end_io"), text(x));
    }

    @Test
    void cifsWorkqueueBalancesUnderLinux61AndLeaksUnconverted() throws Exception {
        CheckResult kernel = check(builtIn("cifs-workqueue"), SAFETY, "linux-6.1");
        for (PropertyResult x : kernel.results()) {
            Verdict expected = x.property() == Property.PINS_VISIBLE ? Verdict.VIOLATED : Verdict.HOLDS;
            assertEquals(expected, x.verdict(), x.property() + ":\n" + text(x));
        }
        PropertyResult leak = result(check(builtIn("cifs-workqueue"), List.of(Property.BALANCED_WHEN_QUIET),
                "bias-unconverted"), Property.BALANCED_WHEN_QUIET);
        assertEquals(Verdict.VIOLATED, leak.verdict());
        assertEquals("process_one_work", last(leak).event().call(), text(leak));
    }

    /**
     * nfs/direct.c drops its GUP references before the read completes: converted to pins (a proposal),
     * the page is under DMA unpinned from then on; in the kernels they are FOLL_GET from the start.
     */
    @Test
    void nfsDirectBalancesButLeavesThePageUnpinnedDuringDma() throws Exception {
        PropertyResult kernel = result(check(builtIn("nfs-direct"), List.of(Property.PINS_VISIBLE), "linux-6.12"),
                Property.PINS_VISIBLE);
        assertEquals(Verdict.VIOLATED, kernel.verdict());
        assertEquals("submit_bio", last(kernel).event().call(), text(kernel));
        CheckResult r = check(builtIn("nfs-direct"), SAFETY, "per-page-mark");
        for (Property p : List.of(Property.NO_UNDERFLOW, Property.NO_USE_AFTER_FREE, Property.BALANCED_WHEN_QUIET,
                Property.RELEASED_AS_TAKEN)) {
            assertEquals(Verdict.HOLDS, result(r, p).verdict(), p.toString());
        }
        PropertyResult pins = result(r, Property.PINS_VISIBLE);
        assertEquals(Verdict.VIOLATED, pins.verdict());
        assertEquals("fs/nfs/direct.c:nfs_direct_release_pages", last(pins).event().site(), text(pins));
        assertEquals(Verdict.VIOLATED, result(check(builtIn("nfs-direct"), List.of(Property.BALANCED_WHEN_QUIET),
                "bias-unconverted"), Property.BALANCED_WHEN_QUIET).verdict());
    }

    @Test
    void syncReleaseHoldsConvertedAndLeaksUnconverted() throws Exception {
        allHold(check(builtIn("sync-release"), SAFETY, "linux-6.12"));
        allHold(check(builtIn("sync-release"), SAFETY, "per-page-mark"));
        assertEquals(Verdict.VIOLATED, result(check(builtIn("sync-release"), List.of(Property.BALANCED_WHEN_QUIET),
                "bias-unconverted"), Property.BALANCED_WHEN_QUIET).verdict());
    }

    @Test
    void pinOverflowWithoutTheCheckEndsInUseAfterFree() throws Exception {
        PropertyResult uaf = result(check(builtIn("pin-overflow"), List.of(Property.NO_USE_AFTER_FREE), "linux-6.12",
                "overflow_check=none"), Property.NO_USE_AFTER_FREE);
        assertEquals(Verdict.VIOLATED, uaf.verdict());
        assertTrue(last(uaf).changes().contains("USE-AFTER-FREE of U0"), text(uaf));
        Trace t = uaf.trace().orElseThrow();
        assertTrue(t.steps().stream().anyMatch(s -> s.changes().contains("OVERFLOW of U0")), text(uaf));
    }

    @Test
    void pinOverflowWithTheSignCheckRefusesTheGrabAndFreesNothingEarly() throws Exception {
        CheckResult r = check(builtIn("pin-overflow"), List.of(Property.NO_USE_AFTER_FREE, Property.NO_UNDERFLOW,
                Property.NO_REFCOUNT_OVERFLOW, Property.GRAB_REFUSED), "linux-6.12");
        assertEquals(Verdict.HOLDS, result(r, Property.NO_USE_AFTER_FREE).verdict());
        assertEquals(Verdict.HOLDS, result(r, Property.NO_UNDERFLOW).verdict());
        assertEquals(Verdict.HOLDS, result(r, Property.NO_REFCOUNT_OVERFLOW).verdict());
        PropertyResult refused = result(r, Property.GRAB_REFUSED);
        assertEquals(Verdict.VIOLATED, refused.verdict());
        assertTrue(last(refused).event().note().startsWith("-ENOMEM"), text(refused));
    }

    @Test
    void munmapRaceNeverFreesAPageUnderDma() throws Exception {
        for (String preset : List.of("pre-2019", "bias-unconverted", "linux-6.1", "linux-6.12")) {
            assertEquals(Verdict.HOLDS, result(check(builtIn("munmap-race"), List.of(Property.NO_USE_AFTER_FREE),
                    preset), Property.NO_USE_AFTER_FREE).verdict(), preset);
        }
    }
}
