package pincheck.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pincheck.tla.Models.check;
import static pincheck.tla.Models.result;
import static pincheck.tla.Models.scenario;

import java.util.List;
import org.junit.jupiter.api.Test;
import pincheck.property.Explanation;
import pincheck.property.Property;
import pincheck.report.Facts;
import pincheck.scenario.Scenario;
import pincheck.trace.Narration;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;
import pincheck.verdict.Verdict;

/** Every property: one small model where TLC finds it violated, one where it holds. */
class PropertiesTest {

    static final String USER_AND_ZERO = Models.USER_AND_ZERO;


    static void expect(Verdict v, Property p, String text, String preset, String... settings) throws Exception {
        Scenario s = scenario(text);
        CheckResult r = check(s, List.of(p), preset, settings);
        PropertyResult x = result(r, p);
        assertEquals(v, x.verdict(), () -> p + " under " + preset + ": " + x.reason().orElse("")
                + x.trace().map(t -> "\n" + String.join("\n", Narration.lines(t))).orElse(""));
        if (v == Verdict.VIOLATED) {
            String why = Explanation.of(p, x.trace().orElseThrow(), Facts.of(s), r.design(), r.scaling());
            assertTrue(why.startsWith(p.tlaName() + (p.isCondition() ? " reachable: " : " violated: ")), why);
        } else {
            assertTrue(x.distinct().orElse(0) > 0, "holds must come with a state count");
        }
    }

    @Test
    void underflowWhenEndIoUnpinsAZeroPageThatWasOnlyGot() throws Exception {
        expect(Verdict.VIOLATED, Property.NO_UNDERFLOW, USER_AND_ZERO, "bias-unpin-all");
        expect(Verdict.HOLDS, Property.NO_UNDERFLOW, USER_AND_ZERO, "linux-6.12");
    }

    static final String BVEC_OWNER = """
            scenario bvec-owner "a bvec page whose owner drops it"
            kernel 6.12
            page K kernel
            iter kv bvec K
            bio b write end_io e
            actor a
              iov_iter_extract_pages kv
              bio_add_page b K
              submit_bio b
            actor owner
            %s
              put_page K
            """;

    @Test
    void useAfterFreeWhenABvecOwnerFreesItsPageDuringDma() throws Exception {
        expect(Verdict.VIOLATED, Property.NO_USE_AFTER_FREE, BVEC_OWNER.formatted(""), "linux-6.12");
        expect(Verdict.HOLDS, Property.NO_USE_AFTER_FREE, BVEC_OWNER.formatted("  wait_for_completion b"),
                "linux-6.12");
    }

    static final String ZERO_ONLY = """
            scenario zero-only "ZERO_PAGE added to a bio by the filesystem"
            page Z zero
            bio b write end_io e
            actor a
              bio_add_page b Z
              submit_bio b
            """;

    @Test
    void zeroPageFreedWhenAddedWithNoRefButPutByEndIo() throws Exception {
        expect(Verdict.VIOLATED, Property.ZERO_PAGE_NEVER_FREED, ZERO_ONLY, "bias-unconverted", "zero_page=no-ref");
        expect(Verdict.HOLDS, Property.ZERO_PAGE_NEVER_FREED, ZERO_ONLY, "bias-unconverted");
    }

    @Test
    void pinsInvisibleWithoutPinAccounting() throws Exception {
        expect(Verdict.VIOLATED, Property.PINS_VISIBLE, USER_AND_ZERO, "pre-2019");
        expect(Verdict.HOLDS, Property.PINS_VISIBLE, USER_AND_ZERO, "linux-6.12");
    }

    static final String WRITEBACK = """
            scenario wb "O_DIRECT read into a page-cache page during writeback"
            kernel 2019 6.12
            page F pagecache stable
            iter buf iovec dest F
            bio b read end_io e
            actor dio
              2019: iov_iter_get_pages buf
              6.12: iov_iter_extract_pages buf
              6.12: bio_set_flag b BIO_PAGE_PINNED
              bio_add_page b F
              submit_bio b
            actor wb
              page_mkclean F
              writepage F
              end_page_writeback F
            """;

    @Test
    void writebackUnderDmaWithoutPinInformation() throws Exception {
        // No kernel's writeback asks whether a page is pinned; only the hypothetical policy that does,
        // on a mapping whose write faults wait for writeback, is safe.
        expect(Verdict.VIOLATED, Property.NO_WRITEBACK_UNDER_DMA, WRITEBACK, "pre-2019");
        expect(Verdict.VIOLATED, Property.NO_WRITEBACK_UNDER_DMA, WRITEBACK, "linux-6.12");
        expect(Verdict.HOLDS, Property.NO_WRITEBACK_UNDER_DMA, WRITEBACK, "linux-6.12", "writeback=skip-pinned");
    }

    /** Two threads pin one page four times each: eight biased pins go once round the scaled counter. */
    static final String EIGHT_PINS = """
            scenario eight-pins "eight GUPs of one page"
            kernel 6.12
            page U0 user
            iter i1 iovec U0
            iter i2 iovec U0
            iter i3 iovec U0
            iter i4 iovec U0
            actor a
              pin_user_pages_fast i1
              pin_user_pages_fast i2
              pin_user_pages_fast i3
              pin_user_pages_fast i4
              pin_user_pages_fast i1
              pin_user_pages_fast i2
              pin_user_pages_fast i3
              pin_user_pages_fast i4
            """;

    @Test
    void overflowWhenPinsComeRoundWithoutTheSignCheck() throws Exception {
        expect(Verdict.VIOLATED, Property.NO_REFCOUNT_OVERFLOW, EIGHT_PINS, "linux-6.12", "overflow_check=none");
        expect(Verdict.HOLDS, Property.NO_REFCOUNT_OVERFLOW, EIGHT_PINS, "linux-6.12");
    }

    @Test
    void detectableOnlyWhenAWarnFiresOnThePage() throws Exception {
        // The leak of U0's pin fires no WARN; with the underflow WARN, the ZERO_PAGE underflow warns.
        expect(Verdict.VIOLATED, Property.DETECTABLE, USER_AND_ZERO, "bias-unconverted");
        expect(Verdict.HOLDS, Property.DETECTABLE, USER_AND_ZERO, "split-end-io", "warn=underflow");
    }

    @Test
    void eventuallyQuietUnderFairnessUnlessAPinLeaks() throws Exception {
        expect(Verdict.VIOLATED, Property.EVENTUALLY_QUIET, USER_AND_ZERO, "bias-unconverted");
        expect(Verdict.HOLDS, Property.EVENTUALLY_QUIET, USER_AND_ZERO, "linux-6.12");
    }

    // Reachable conditions: a witness where reachable, an exhaustive run where not.

    @Test
    void saturationIsReachableWithBiasNotWithPincount() throws Exception {
        expect(Verdict.VIOLATED, Property.SATURATED, EIGHT_PINS, "linux-6.12");
        expect(Verdict.HOLDS, Property.SATURATED, EIGHT_PINS, "linux-6.12", "pin_accounting=pincount");
    }

    @Test
    void grabRefusedOnlyWithTheSignCheck() throws Exception {
        expect(Verdict.VIOLATED, Property.GRAB_REFUSED, EIGHT_PINS, "linux-6.12");
        expect(Verdict.HOLDS, Property.GRAB_REFUSED, EIGHT_PINS, "linux-6.12", "overflow_check=none");
    }

    @Test
    void fillRejectedOnlyUnderTheOneIteratorRule() throws Exception {
        // No kernel refuses a page in bio_add_page; the rule is a hypothetical knob value. A got
        // ZERO_PAGE is refused from a pinned bio only when unpinning it is not a no-op.
        expect(Verdict.VIOLATED, Property.FILL_REJECTED, USER_AND_ZERO, "linux-6.12", "fill_rule=one-iter",
                "zero_page=get", "zero_pin=counted");
        expect(Verdict.HOLDS, Property.FILL_REJECTED, USER_AND_ZERO, "linux-6.12", "fill_rule=one-iter",
                "zero_page=get");
        expect(Verdict.HOLDS, Property.FILL_REJECTED, USER_AND_ZERO, "linux-6.12", "zero_page=get",
                "zero_pin=counted");
    }

    /** Four plain gets on a small page read as pinned under a bias of 4 (1024 under the real one). */
    static final String FOUR_GETS = """
            scenario four-gets "four get_page on one page"
            page K kernel
            actor a
              get_page K
              get_page K
              get_page K
            """;

    @Test
    void falsePositivePinnedWithBiasNotWithPincount() throws Exception {
        expect(Verdict.VIOLATED, Property.FALSE_POSITIVE_PINNED, FOUR_GETS, "linux-6.12");
        expect(Verdict.HOLDS, Property.FALSE_POSITIVE_PINNED, FOUR_GETS, "linux-6.12", "pin_accounting=pincount");
    }

    @Test
    void leakWhenEndIoPutsPinnedPages() throws Exception {
        expect(Verdict.VIOLATED, Property.BALANCED_WHEN_QUIET, USER_AND_ZERO, "bias-unconverted");
        expect(Verdict.HOLDS, Property.BALANCED_WHEN_QUIET, USER_AND_ZERO, "linux-6.12");
    }

    @Test
    void releasedTheWayTaken() throws Exception {
        expect(Verdict.VIOLATED, Property.RELEASED_AS_TAKEN, USER_AND_ZERO, "bias-unconverted");
        expect(Verdict.HOLDS, Property.RELEASED_AS_TAKEN, USER_AND_ZERO, "per-page-mark");
    }

    @Test
    void mixedBioWhenZeroPageIsGotNextToPinnedPages() throws Exception {
        expect(Verdict.VIOLATED, Property.NO_MIXED_BIO, USER_AND_ZERO, "split-end-io");
        expect(Verdict.HOLDS, Property.NO_MIXED_BIO, USER_AND_ZERO, "linux-6.12");
    }

    @Test
    void staleDmaWhenForkSharesAPinnedPageAndTheParentWrites() throws Exception {
        String pinned = CallsTest.FORK.formatted("pin_user_pages_fast", "unpin_user_pages buf");
        expect(Verdict.VIOLATED, Property.NO_STALE_DMA, pinned, "linux-6.12", "fork=share");
        expect(Verdict.HOLDS, Property.NO_STALE_DMA, pinned, "linux-6.12");
    }

    @Test
    void longtermPinInAMovableZoneUnlessMigratedFirst() throws Exception {
        expect(Verdict.VIOLATED, Property.LONGTERM_NOT_MOVABLE, CallsTest.LONGTERM, "linux-6.12", "longterm=pin-in-place");
        expect(Verdict.HOLDS, Property.LONGTERM_NOT_MOVABLE, CallsTest.LONGTERM, "linux-6.12");
    }

    @Test
    void unfollowedOnceTheProcessMapsACopy() throws Exception {
        String twice = """
                scenario wf2 "a second write after fork reaches the copy"
                kernel 6.12
                page U0 user
                actor a
                  fork
                  write_fault U0
                  write_fault U0
                """;
        expect(Verdict.VIOLATED, Property.UNFOLLOWED, twice, "linux-6.12");
        expect(Verdict.HOLDS, Property.UNFOLLOWED, CallsTest.FORK.formatted("pin_user_pages_fast",
                "unpin_user_pages buf"), "linux-6.12");
    }

    @Test
    void propertyCountMatchesTheTestsAbove() {
        // The methods above cover each property and condition; a new one must add its pair.
        assertEquals(18, Property.values().length);
    }
}
