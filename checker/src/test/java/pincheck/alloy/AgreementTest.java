package pincheck.alloy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.TestInstance;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.tla.Models;
import pincheck.trace.Event;
import pincheck.trace.Narration;
import pincheck.trace.Step;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;
import pincheck.verdict.Verdict;

/**
 * TLC and the Alloy mirror on small built-in models: same verdicts, counterexamples of the
 * same length that narrate alike, TLC's traces replay in Alloy, and an altered copy of one
 * Alloy operation is caught. A few properties per model keep the Alloy translations few.
 */
// Every check here runs in an Alloy worker JVM (AlloyWorkers), so the methods run two at a time
// like the TLC classes: under the Alloy lock they ran one by one, the longest chain of the tests.
@Execution(ExecutionMode.CONCURRENT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementTest {
    // the violated property only: at dio-zero-page's depth each Alloy translation costs about 15 s,
    // and a holding property's unsatisfiable check is one more (the small models below check "holds")
    private static final List<Property> DIO = List.of(Property.NO_UNDERFLOW);
    private static final List<Property> MIXED = List.of(Property.RELEASED_AS_TAKEN);
    // broken only once the workqueue ran the release the end_io queued
    private static final List<Property> CIFS = List.of(Property.RELEASED_AS_TAKEN);
    private static final String ONE_ITER = "fill_rule=one-iter";
    private static final String PUT_ALL = "end_io=put-all";
    private static final AlloyChecker.Options OPT = AlloyChecker.Options.bound(AlloyChecker.DEFAULT_STEPS,
            Duration.ofMinutes(5));

    private AlloySpec semantics;
    private Scenario dio;
    private CheckResult dioTlc;

    @BeforeAll
    void tlcOnce() throws Exception {
        semantics = AlloySpec.read(AlloyChecker.alloyDir(Models.home()));
        dio = Models.builtIn("dio-zero-page");
        dioTlc = Models.check(dio, DIO, "split-end-io");
    }

    private BothEngines.Result both(AlloySpec semantics, Scenario s, CheckResult tlc) throws IOException {
        Path work = Files.createTempDirectory("pincheck-agree-");
        return BothEngines.compare(semantics, s, tlc, work, OPT);
    }

    @Test
    void dioZeroPageAgreesAndNarratesAlike() throws Exception {
        BothEngines.Result r = both(semantics, dio, dioTlc);
        assertAgree(r);
        PropertyResult tlc = Models.result(r.tlc(), Property.NO_UNDERFLOW);
        PropertyResult alloy = Models.result(r.alloy(), Property.NO_UNDERFLOW);
        assertEquals(Verdict.VIOLATED, tlc.verdict(), r.agreement().text());
        assertEquals(Narration.lines(tlc.trace().orElseThrow()).size(),
                Narration.lines(alloy.trace().orElseThrow()).size(), r.agreement().text());
        assertEquals(calls(tlc).size(), calls(alloy).size(), r.agreement().text());
        // the time each engine took is recorded per property, for stats.json
        assertTrue(r.alloy().results().stream().allMatch(x -> x.seconds() > 0), r.alloy().toString());
        assertTrue(r.tlc().results().stream().allMatch(x -> x.seconds() > 0), r.tlc().toString());
    }

    @Test
    void mixedBioAgrees() throws Exception {
        Scenario s = Models.builtIn("mixed-bio");
        BothEngines.Result r = both(semantics, s, Models.check(s, MIXED, "split-end-io"));
        assertAgree(r);
        PropertyResult tlc = Models.result(r.tlc(), Property.RELEASED_AS_TAKEN);
        assertEquals(Verdict.VIOLATED, tlc.verdict(), r.agreement().text());
        assertEquals(calls(tlc).size(), calls(Models.result(r.alloy(), Property.RELEASED_AS_TAKEN)).size(),
                r.agreement().text());
    }

    @Test
    void cifsWorkqueueAgreesAndTheWorkItemNarratesAsInTlc() throws Exception {
        Scenario s = Models.builtIn("cifs-workqueue");
        BothEngines.Result r = both(semantics, s, Models.check(s, CIFS, "bias-unconverted"));
        assertAgree(r);
        for (Property p : CIFS) {
            PropertyResult tlc = Models.result(r.tlc(), p);
            PropertyResult alloy = Models.result(r.alloy(), p);
            assertEquals(Verdict.VIOLATED, tlc.verdict(), r.agreement().text());
            assertEquals(calls(tlc).size(), calls(alloy).size(), r.agreement().text());
            Event tlcWork = work(tlc);
            assertEquals(tlcWork, work(alloy), r.agreement().text());
            assertEquals(new Event("workqueue", "process_one_work", ImmutableList.of("rd"),
                    "kernel/workqueue.c:process_one_work", "releases the pages of rd"), tlcWork);
            List<String> told = Narration.lines(alloy.trace().orElseThrow());
            assertTrue(told.stream().anyMatch(l -> l.contains("workqueue  process_one_work(rd)")
                    && l.contains("@ kernel/workqueue.c: process_one_work") && l.contains("releases the pages of rd")),
                    String.join("\n", told));
        }
    }

    @Test
    void aMergedRequestAgreesAndTheMergeNarratesAsInTlc() throws Exception {
        // HYPOTHETICAL shared end_io: b1's _gup end_io unpins b2's buffer-head page M0 (no reference) once merged
        Scenario s = Models.builtIn("bio-merge");
        List<Property> props = List.of(Property.RELEASED_AS_TAKEN);
        BothEngines.Result r = both(semantics, s, Models.check(s, props, "split-end-io", "merge=shared-end-io"));
        assertAgree(r);
        PropertyResult tlc = Models.result(r.tlc(), Property.RELEASED_AS_TAKEN);
        PropertyResult alloy = Models.result(r.alloy(), Property.RELEASED_AS_TAKEN);
        assertEquals(Verdict.VIOLATED, tlc.verdict(), r.agreement().text());
        assertEquals(calls(tlc).size(), calls(alloy).size(), r.agreement().text());
        // either bio may head the request; each engine words its merge and completion as Pinning.tla does
        for (PropertyResult x : List.of(tlc, alloy)) {
            Event merge = step(x, "bio_attempt_back_merge");
            String head = merge.args().get(0);
            assertEquals(new Event("block", "bio_attempt_back_merge", merge.args(),
                    "block/blk-merge.c:bio_attempt_back_merge",
                    "HYPOTHETICAL: the request will complete with " + head + "'s end_io only"), merge);
            Event done = x.trace().orElseThrow().steps().stream().map(Step::event)
                    .filter(e -> e.actor().equals("irq")).findFirst().orElseThrow();
            assertEquals(List.of(head), done.args(), r.agreement().text());
            assertEquals("HYPOTHETICAL shared end_io: " + done.call() + " releases the pages of every merged bio",
                    done.note(), r.agreement().text());
        }
    }

    @Test
    void truncateAgrees() throws Exception {
        // put_page() at the call site while the bio is in flight: truncate then frees the page under DMA
        String inFlight = """
                scenario trunc "put_page while the bio is in flight, then truncate"
                page P pagecache
                iter it iovec P
                bio b write end_io e no-release
                actor a
                  iov_iter_get_pages it
                  bio_add_page b P
                  submit_bio b
                  put_page P
                actor t
                  truncate P
                """;
        List<Property> uaf = List.of(Property.NO_USE_AFTER_FREE);
        Scenario broken = Models.scenario(inFlight);
        BothEngines.Result r = both(semantics, broken, Models.check(broken, uaf, "pre-2019"));
        assertAgree(r);
        assertEquals(Verdict.VIOLATED, Models.result(r.tlc(), Property.NO_USE_AFTER_FREE).verdict());
        assertTrue(calls(Models.result(r.alloy(), Property.NO_USE_AFTER_FREE)).contains("t truncate(P)"),
                r.agreement().text());
        // waiting for the completion first: the page outlives the DMA
        Scenario waits = Models.scenario(inFlight.replace("  put_page P", "  wait_for_completion b\n  put_page P"));
        BothEngines.Result w = both(semantics, waits, Models.check(waits, uaf, "pre-2019"));
        assertAgree(w);
        assertEquals(Verdict.HOLDS, Models.result(w.tlc(), Property.NO_USE_AFTER_FREE).verdict());
    }

    @Test
    void bioIovIterGetPagesAgreesOnTheFillRule() throws Exception {
        // the HYPOTHETICAL one-iter rule (no kernel has it, so it is set on linux-6.12 here): a bio that
        // holds a get_page()d page refuses the iovec's pins that bio_iov_iter_get_pages extracts
        String text = """
                scenario biov "a get_page()d page first, then an iovec's pages into the same bio"
                kernel 6.12
                page K0 kernel
                page U0 user
                page U1 user
                iter it iovec U0 U1
                bio b write end_io e
                actor a
                  get_page K0
                  bio_add_page b K0
                  bio_iov_iter_get_pages b it
                  submit_bio b
                """;
        List<Property> rejected = List.of(Property.FILL_REJECTED);
        Scenario mixed = Models.scenario(text);
        BothEngines.Result r = both(semantics, mixed, Models.check(mixed, rejected, "kernel-2023", ONE_ITER));
        assertAgree(r);
        PropertyResult tlc = Models.result(r.tlc(), Property.FILL_REJECTED);
        assertEquals(Verdict.VIOLATED, tlc.verdict(), r.agreement().text());
        // both give back U1 last, and say so alike
        Event tlcFill = step(tlc, "bio_iov_iter_get_pages");
        assertEquals("HYPOTHETICAL fill rule: rejected, one release mode per bio; U1 given back", tlcFill.note());
        assertEquals(tlcFill, step(Models.result(r.alloy(), Property.FILL_REJECTED), "bio_iov_iter_get_pages"));
        // the iovec alone in the bio: nothing refused
        Scenario alone = Models.scenario(text.replace("  get_page K0\n  bio_add_page b K0\n", ""));
        BothEngines.Result h = both(semantics, alone, Models.check(alone, rejected, "kernel-2023", ONE_ITER));
        assertAgree(h);
        assertEquals(Verdict.HOLDS, Models.result(h.tlc(), Property.FILL_REJECTED).verdict());
    }

    @Test
    void callsThatDoLessThanAskedAreWordedAsInTlc() throws Exception {
        // one actor and no bio in flight: one interleaving, so both engines give the same trace
        Scenario s = Models.scenario("""
                scenario notes "calls on what is not there: a kvec, a missed reference, a truncated page"
                kernel 6.12
                page K0 kernel
                page F pagecache
                iter k kvec K0
                bio b write end_io e
                actor a
                  iov_iter_get_pages2 k
                  bio_add_page b K0
                  put_page K0
                  page_mkclean F
                  end_page_writeback F
                  end_page_writeback F
                  truncate F
                  munmap F
                  page_mkclean F
                  writepage F
                  truncate F
                  get_page F
                """);
        List<Property> uaf = List.of(Property.NO_USE_AFTER_FREE);
        BothEngines.Result r = both(semantics, s, Models.check(s, uaf, "linux-6.12", "writeback=skip-pinned"));
        assertAgree(r);
        List<Event> tlc = events(Models.result(r.tlc(), Property.NO_USE_AFTER_FREE));
        assertEquals(List.of("-EFAULT: a kvec has no pages to get", "skipped: K0 was not obtained",
                "skipped: K0 was not obtained", "HYPOTHETICAL: folio_maybe_dma_pinned(F) false", "",
                "F is not under writeback", "", "F is not mapped",
                "F is not in the page cache: writeback finds no page",
                "F is not in the page cache: writeback finds no page", "F is not in the page cache", ""),
                tlc.stream().map(Event::note).toList());
        assertEquals(tlc, events(Models.result(r.alloy(), Property.NO_USE_AFTER_FREE)), r.agreement().text());
    }

    @Test
    void forkAndTheCowFaultAgreeOnWhichReferenceKeepsTheProcessPage() throws Exception {
        // CVE-2020-29374's shape: a FOLL_GET reference does not make fork copy the page, so the parent's
        // write fault moves its address to a copy while the reference holds the old page
        List<Property> stale = List.of(Property.NO_STALE_DMA, Property.LONGTERM_NOT_MOVABLE);
        Scenario got = Models.scenario(COW.replace("pin_user_pages a FOLL_LONGTERM", "get_user_pages a"));
        BothEngines.Result g = both(semantics, got, Models.check(got, stale, "linux-6.12"));
        assertAgree(g);
        PropertyResult tlc = Models.result(g.tlc(), Property.NO_STALE_DMA);
        assertEquals(Verdict.VIOLATED, tlc.verdict(), g.agreement().text());
        assertEquals(List.of("", "", "copied: the process now maps a copy of U0"),
                events(tlc).stream().map(Event::note).toList());
        assertEquals(events(tlc), events(Models.result(g.alloy(), Property.NO_STALE_DMA)), g.agreement().text());
        // a longterm pin: migrated out of ZONE_MOVABLE first, and fork gives the child the copy
        Scenario pinned = Models.scenario(COW);
        BothEngines.Result p = both(semantics, pinned, Models.check(pinned, stale, "linux-6.12"));
        assertAgree(p);
        assertEquals(Verdict.HOLDS, Models.result(p.tlc(), Property.NO_STALE_DMA).verdict(), p.agreement().text());
        // before v5.10 fork shared it, and before the ZONE_MOVABLE migration the pin stayed in place
        BothEngines.Result old = both(semantics, pinned, Models.check(pinned, stale, "linux-6.12", "fork=share",
                "longterm=pin-in-place"));
        assertAgree(old);
        for (Property x : stale) {
            PropertyResult t = Models.result(old.tlc(), x);
            assertEquals(Verdict.VIOLATED, t.verdict(), old.agreement().text());
            assertEquals(events(t), events(Models.result(old.alloy(), x)), old.agreement().text());
        }
    }

    /**
     * Both engines on one property of a scenario under a design: they agree and TLC's verdict is
     * {@code expected}; a violation's trace is the same in both (a scenario of one actor, or one
     * whose shortest counterexample is unique).
     */
    private PropertyResult agreeOn(String text, Property p, Verdict expected, boolean sameTrace, String preset,
                                   String... settings) throws Exception {
        Scenario s = Models.scenario(text);
        BothEngines.Result r = both(semantics, s, Models.check(s, List.of(p), preset, settings));
        assertAgree(r);
        PropertyResult tlc = Models.result(r.tlc(), p);
        PropertyResult alloy = Models.result(r.alloy(), p);
        assertEquals(expected, tlc.verdict(), r.agreement().text());
        if (sameTrace) {
            assertEquals(events(tlc), events(alloy), r.agreement().text());
        }
        return alloy;
    }

    /**
     * A FOLL_LONGTERM pin that cannot migrate a movable page fails and gives back the pins it took
     * (6.1/6.12 mm/gup.c __gup_longterm_locked). One actor: one interleaving, the same trace.
     */
    private static final String LONGTERM = """
            scenario lt "a longterm pin over a pinnable page and a movable one the actor got first"
            kernel 6.12
            page U0 user
            page U1 user movable
            iter lt ubuf dest U0 U1
            iter other ubuf dest U1
            actor a
              get_user_pages_fast other
              pin_user_pages_fast lt FOLL_LONGTERM
            %s
            """;

    @Test
    void aFailedLongtermPinGivesBackThePinsItTook() throws Exception {
        // the FOLL_GET reference on U1 is never put: that leaks, U0's pin does not
        PropertyResult leaks = agreeOn(LONGTERM.formatted(""), Property.BALANCED_WHEN_QUIET, Verdict.VIOLATED, true,
                "linux-6.12");
        assertEquals("-ENOMEM: U1 is not longterm pinnable and cannot be migrated (other references); the pins"
                + " this call took are given back", step(leaks, "pin_user_pages_fast").note());
        var u0 = leaks.trace().orElseThrow().last().pages().get("U0");
        assertEquals(0, u0.pins());
        assertEquals(1, u0.ref());
        // the get put back, and the unpin skips what the failed pin gave back: balanced
        agreeOn(LONGTERM.formatted("  put_page U1\n  unpin_user_pages lt"), Property.BALANCED_WHEN_QUIET,
                Verdict.HOLDS, false, "linux-6.12");
    }

    /** A pin of a COW-shared page unshares that page alone; the GUP goes on with the next. */
    @Test
    void aCowUnshareMissesOnlyItsPage() throws Exception {
        PropertyResult x = agreeOn(Models.UNSHARE, Property.UNFOLLOWED, Verdict.VIOLATED, true, "linux-6.12");
        assertEquals("COW unshare: U0's address gets a copy the model does not follow", events(x).get(2).note());
        // U1, kept exclusive at fork (the child got a copy), is pinned again after U0's unshare
        assertEquals(2, x.trace().orElseThrow().last().pages().get("U1").pins());
        assertEquals(0, x.trace().orElseThrow().last().pages().get("U0").pins());
        agreeOn(Models.UNSHARE.replace("  fork\n", ""), Property.UNFOLLOWED, Verdict.HOLDS, false, "linux-6.12");
    }

    /**
     * Reusable: a shared anon page whose count is back at 1 is reused by the write fault and by a
     * pin's unshare in 6.1 (do_wp_page), never as a large folio in 6.12 (wp_can_reuse_anon_folio).
     * After fork only a double release (the call site's put_page and the put-all end_io's) brings
     * the count back to 1.
     */
    private static final String REUSE = """
            scenario reuse "a large folio fork shared, its count back at 1, then the process writes or pins it"
            kernel 6.1 6.12
            page U0 user large
            iter src iovec U0
            iter it ubuf dest U0
            bio b write end_io e
            actor a
              fork
              get_user_pages_fast src
              bio_add_page b U0
              put_page U0
              submit_bio b
              wait_for_completion b
            %s
            """;

    @Test
    void aSharedLargeFolioIsNeverReusedIn612() throws Exception {
        for (String then : List.of("  write_fault U0\n  write_fault U0", "  pin_user_pages_fast it")) {
            agreeOn(REUSE.formatted(then), Property.UNFOLLOWED, Verdict.VIOLATED, true, "linux-6.12", PUT_ALL);
            agreeOn(REUSE.formatted(then), Property.UNFOLLOWED, Verdict.HOLDS, false, "linux-6.1", PUT_ALL);
        }
    }

    /**
     * Writeback picks only dirty pages, and a page-cache page starts dirty: a page its first
     * writeback cleaned is skipped by the second while an O_DIRECT read into it is in flight.
     */
    /** ZERO_PAGE tails only a block whose data page was got (Pinning.tla: bio_add_page). */
    @Test
    void noZeroPageTailWithoutTheData() throws Exception {
        agreeOn(Models.ZERO_TAIL.formatted("  munmap U0\n"), Property.RELEASED_AS_TAKEN, Verdict.HOLDS, false, "linux-6.12", "zero_page=get");
        agreeOn(Models.ZERO_TAIL.formatted(""), Property.RELEASED_AS_TAKEN, Verdict.VIOLATED, true, "linux-6.12", "zero_page=get");
    }

    @Test
    void writebackSkipsACleanPage() throws Exception {
        agreeOn(CLEAN_ONE_ACTOR.formatted("  page_mkclean F\n  writepage F\n  end_page_writeback F\n"),
                Property.NO_WRITEBACK_UNDER_DMA, Verdict.HOLDS, false, "linux-6.12");
        // the page as it starts, dirty: written while the device writes it
        agreeOn(CLEAN_ONE_ACTOR.formatted(""), Property.NO_WRITEBACK_UNDER_DMA, Verdict.VIOLATED, false, "linux-6.12");
    }

    /**
     * Models.CLEAN in one actor (FidelityTest runs the two-actor race): only the completion
     * interleaves, so Alloy's unsatisfiable "holds" check stays small.
     */
    private static final String CLEAN_ONE_ACTOR = """
            scenario clean1 "a writeback of a page during an O_DIRECT read into it, in one context"
            kernel 6.12
            page F pagecache
            iter buf iovec dest F
            bio b read end_io e
            actor a
            %s  iov_iter_extract_pages buf
              bio_set_flag b BIO_PAGE_PINNED
              bio_add_page b F
              submit_bio b
              page_mkclean F
              writepage F
              end_page_writeback F
              wait_for_completion b
            """;

    @Test
    void aCleanPageAndOneNotUnderWritebackAreWordedAsInTlc() throws Exception {
        PropertyResult x = agreeOn("""
                scenario wbnotes "writeback twice over a page, then truncate it and touch it"
                kernel 6.12
                page F pagecache
                actor wb
                  page_mkclean F
                  writepage F
                  end_page_writeback F
                  page_mkclean F
                  writepage F
                  truncate F
                  get_page F
                """, Property.NO_USE_AFTER_FREE, Verdict.VIOLATED, true, "linux-6.12");
        assertEquals(List.of("", "", "", "F is clean: writeback skips it", "F is not under writeback: nothing to write",
                "", ""), events(x).stream().map(Event::note).toList());
    }

    /**
     * folio_add_pin's WARN reads the signed count (6.12 mm/gup.c): a small folio whose count the
     * bias wrapped warns, which makes its leak detectable; one pinned once does not warn.
     */
    private static final String ADD_PIN = """
            scenario addpin "folio_add_pin on a small folio pinned %d time(s)"
            kernel 6.12
            page U0 user
            iter it ubuf U0
            actor a
            %s  folio_add_pin U0
            """;

    @Test
    void folioAddPinWarnsOnAWrappedCount() throws Exception {
        agreeOn(ADD_PIN.formatted(1, "  pin_user_pages it\n"), Property.DETECTABLE, Verdict.VIOLATED, true,
                "linux-6.12");
        // four pins of BIAS 4 from 1 pass REF_MAX 15: the count reads negative, folio_add_pin warns
        agreeOn(ADD_PIN.formatted(4, "  pin_user_pages it\n".repeat(4)), Property.DETECTABLE, Verdict.HOLDS, false,
                "linux-6.12");
    }

    private static final String COW = """
            scenario cow "a GUP of an anon page, fork, then the parent writes to it"
            kernel 6.12
            page U0 user movable
            iter a iovec U0
            actor p
              pin_user_pages a FOLL_LONGTERM
              fork
              write_fault U0
            """;

    private static List<Event> events(PropertyResult x) {
        return x.trace().orElseThrow().steps().stream().map(Step::event).toList();
    }

    /** The first step of a counterexample that makes the call. */
    private static Event step(PropertyResult x, String call) {
        return x.trace().orElseThrow().steps().stream().map(Step::event).filter(e -> e.call().equals(call))
                .findFirst().orElseThrow(() -> new AssertionError(call + " is not in the trace"));
    }

    /** The work item's step of a counterexample (munmap may come before or after it). */
    private static Event work(PropertyResult x) {
        return x.trace().orElseThrow().steps().stream().map(Step::event)
                .filter(e -> e.call().equals("process_one_work")).findFirst().orElseThrow();
    }

    @Test
    void anAlteredOperationIsCaught() throws Exception {
        // Unpin of a small folio under "bias" drops 1 instead of GUP_PIN_COUNTING_BIAS
        AlloySpec altered = semantics.withPinning(semantics.pinning().replace("PutRefs[p, BIAS]", "PutRefs[p, 1]")
                .replace("PutRefsHarm[p, BIAS]", "PutRefsHarm[p, 1]"));
        assertNotEquals(semantics, altered);
        // bias-unpin-all unpins the ZERO_PAGE direct-io only got: TLC finds the underflow, and so does
        // the unaltered mirror (SuiteAlloyTest); the altered unpin takes 1 off and finds none
        Scenario userAndZero = Models.scenario(Models.USER_AND_ZERO);
        CheckResult tlc = Models.check(userAndZero, List.of(Property.NO_UNDERFLOW), "bias-unpin-all");
        assertEquals(Verdict.VIOLATED, Models.result(tlc, Property.NO_UNDERFLOW).verdict(), tlc.toString());
        BothEngines.Result r = both(altered, userAndZero, tlc);
        assertFalse(r.agreement().agrees(), r.agreement().text());
        assertTrue(r.agreement().text().contains("DISAGREEMENT on NoUnderflow"), r.agreement().text());
        assertTrue(r.agreement().text().contains("TLC's trace, "), "both traces are printed");
    }

    private static void assertAgree(BothEngines.Result r) {
        String why = r.agreement().text();
        assertTrue(r.agreement().agrees(), why);
        for (Agreement.Row row : r.agreement().rows()) {
            assertEquals(Agreement.Status.AGREE, row.status(), why);
            if (row.tlc().verdict() == Verdict.VIOLATED) {
                assertTrue(row.detail().contains("replays in Alloy"), why);
            } else {
                assertEquals(Verdict.BOUNDED, row.alloy().verdict(), why);
            }
        }
    }

    private static List<String> calls(PropertyResult x) {
        return x.trace().orElseThrow().steps().stream().map(st -> st.event().actor() + " " + st.event().callText())
                .toList();
    }
}
