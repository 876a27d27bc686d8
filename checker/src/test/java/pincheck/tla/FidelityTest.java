package pincheck.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pincheck.tla.Models.check;
import static pincheck.tla.Models.result;
import static pincheck.tla.Models.scenario;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pincheck.property.Property;
import pincheck.trace.Narration;
import pincheck.trace.Trace;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;
import pincheck.verdict.Verdict;

/**
 * The model against the two kernels' source (issue "Fidelity"): for each mismatch found, a model
 * small enough to read whose verdict is what linux-6.1 / linux-6.12 do, next to the verdict the
 * old semantics (now a hypothetical knob value or another kernel) gives.
 */
class FidelityTest {

    static PropertyResult verdict(String text, Property p, String preset, String... settings) throws Exception {
        CheckResult r = check(scenario(text), List.of(p), preset, settings);
        return result(r, p);
    }

    static void expect(Verdict v, String text, Property p, String preset, String... settings) throws Exception {
        PropertyResult x = verdict(text, p, preset, settings);
        assertEquals(v, x.verdict(), () -> p + " under " + preset + " " + String.join(" ", settings) + ": "
                + x.reason().orElse("") + x.trace().map(t -> "\n" + String.join("\n", Narration.lines(t))).orElse(""));
    }

    static String narration(Trace t) {
        return Narration.lines(t).stream().collect(Collectors.joining("\n"));
    }

    /** 1. A page taken with get_page in a BIO_PAGE_PINNED bio: bio_add_page takes it, the release is wrong. */
    static final String GOT_PAGE_IN_PINNED_BIO = """
            scenario got-in-pinned "a get_page'd page added to a BIO_PAGE_PINNED bio"
            kernel 6.12
            page U0 user
            page K kernel
            iter it iovec U0
            bio b write end_io dio_bio_end_io
            actor a
              iov_iter_extract_pages it
              bio_set_flag b BIO_PAGE_PINNED
              bio_add_page b U0
              get_page K
              bio_add_page b K
              submit_bio b
            """;

    @Test
    void bioAddPageNeverRefusesAPageSoAWrongReleaseShows() throws Exception {
        expect(Verdict.VIOLATED, GOT_PAGE_IN_PINNED_BIO, Property.RELEASED_AS_TAKEN, "linux-6.12");
        expect(Verdict.HOLDS, GOT_PAGE_IN_PINNED_BIO, Property.FILL_REJECTED, "linux-6.12");
        // The old one-iterator refusal, now a hypothetical knob value, hid the wrong release.
        expect(Verdict.HOLDS, GOT_PAGE_IN_PINNED_BIO, Property.RELEASED_AS_TAKEN, "linux-6.12", "fill_rule=one-iter");
        expect(Verdict.VIOLATED, GOT_PAGE_IN_PINNED_BIO, Property.FILL_REJECTED, "linux-6.12", "fill_rule=one-iter");
    }

    /** 2. Writeback under DMA: neither kernel asks whether the page is pinned; stable writes make the GUP wait. */
    static final String WRITEBACK = """
            scenario wb "O_DIRECT read into a page-cache page while writeback writes it"
            kernel 6.12
            page F pagecache%s
            iter buf iovec dest F
            bio b read end_io dio_bio_end_io
            actor dio
              iov_iter_extract_pages buf
              bio_set_flag b BIO_PAGE_PINNED
              bio_add_page b F
              submit_bio b
              wait_for_completion b
            actor wb
              page_mkclean F
              writepage F
              end_page_writeback F
            """;

    @Test
    void writebackUnderDmaIsOpenInTheKernelAndClosedOnlyByAPinCheckAndStableWrites() throws Exception {
        expect(Verdict.VIOLATED, WRITEBACK.formatted(""), Property.NO_WRITEBACK_UNDER_DMA, "linux-6.12");
        expect(Verdict.VIOLATED, WRITEBACK.formatted(" stable"), Property.NO_WRITEBACK_UNDER_DMA, "linux-6.12");
        expect(Verdict.VIOLATED, WRITEBACK.formatted(""), Property.NO_WRITEBACK_UNDER_DMA, "linux-6.12",
                "writeback=skip-pinned");
        expect(Verdict.HOLDS, WRITEBACK.formatted(" stable"), Property.NO_WRITEBACK_UNDER_DMA, "linux-6.12",
                "writeback=skip-pinned");
        PropertyResult race = verdict(WRITEBACK.formatted(""), Property.NO_WRITEBACK_UNDER_DMA, "linux-6.12",
                "writeback=skip-pinned");
        String told = narration(race.trace().orElseThrow());
        assertTrue(told.contains("folio_maybe_dma_pinned(F) false"), told);
    }

    /** 3. iov_iter_get_pages2 takes FOLL_GET references in both kernels: put_page balances it. */
    static final String GET_PAGES2_THEN_PUT = """
            scenario get-put "iov_iter_get_pages2, then put_page at the call site"
            kernel 6.1 6.12
            page U0 user
            iter it iovec U0
            actor a
              iov_iter_get_pages2 it
              put_page U0
            """;

    @Test
    void iovIterGetPages2TakesFollGetReferences() throws Exception {
        for (String kernel : List.of("linux-6.1", "linux-6.12")) {
            expect(Verdict.HOLDS, GET_PAGES2_THEN_PUT, Property.RELEASED_AS_TAKEN, kernel);
            expect(Verdict.HOLDS, GET_PAGES2_THEN_PUT, Property.NO_UNDERFLOW, kernel);
        }
        // What the model did before: a pin at every iov_iter_get_pages*, so the put looked wrong.
        expect(Verdict.VIOLATED, GET_PAGES2_THEN_PUT, Property.RELEASED_AS_TAKEN, "linux-6.12", "get_pages=pin");
    }

    /** 4. bvec and kvec: get_page per bvec page, -EFAULT on a kvec, nothing from iov_iter_extract_pages. */
    static final String BVEC = """
            scenario bvec-get "iov_iter_get_pages2 of a bvec, then put_page"
            kernel 6.1 6.12
            page K kernel
            iter bv bvec K
            actor a
              iov_iter_get_pages2 bv
              put_page K
            """;

    static final String KVEC = """
            scenario kvec-get "iov_iter_get_pages2 of a kvec"
            kernel 6.1 6.12
            page K kernel
            iter kv kvec K
            bio b write end_io e
            actor a
              iov_iter_get_pages2 kv
              bio_add_page b K
              submit_bio b
            """;

    static final String USER_BVEC = """
            scenario user-bvec "user pages in a bvec (splice from a vmsplice'd pipe), extracted"
            kernel 6.12
            page U0 user
            iter bv bvec U0
            bio b write end_io e
            actor a
              iov_iter_extract_pages bv
              bio_add_page b U0
              submit_bio b
            """;

    @Test
    void bvecPagesAreGotKvecsFaultAndExtractionTakesNothing() throws Exception {
        // get_page on the bvec page, then put_page: balanced. Taking nothing, the put would free K.
        expect(Verdict.HOLDS, BVEC, Property.NO_USE_AFTER_FREE, "linux-6.12");
        expect(Verdict.HOLDS, BVEC, Property.RELEASED_AS_TAKEN, "linux-6.12");
        // A kvec: -EFAULT, nothing taken; bio_add_page of the page it did not get is skipped, so 6.1's
        // bio_release_pages does not put a reference nobody took.
        expect(Verdict.HOLDS, KVEC, Property.RELEASED_AS_TAKEN, "linux-6.1");
        expect(Verdict.HOLDS, KVEC, Property.BALANCED_WHEN_QUIET, "linux-6.1");
        // User pages in a bvec (a GUP, vmsplice's, put them there): extraction takes no reference and
        // no pin, so the user page under DMA reads unpinned; nothing leaks.
        expect(Verdict.VIOLATED, USER_BVEC, Property.PINS_VISIBLE, "linux-6.12");
        expect(Verdict.HOLDS, USER_BVEC, Property.BALANCED_WHEN_QUIET, "linux-6.12");
    }

    /** 5. 6.12's bio_release_pages releases only a BIO_PAGE_PINNED bio; 6.1's puts unless BIO_NO_PAGE_REF. */
    static final String GOT_BIO = """
            scenario got-bio "a bio of FOLL_GET pages, released by its end_io"
            kernel 6.1 6.12
            page U0 user
            iter it iovec U0
            bio b write end_io e
            actor a
              iov_iter_get_pages2 it
              bio_add_page b U0
              submit_bio b
            """;

    @Test
    void bioReleasePagesFollowsEachKernelsFlag() throws Exception {
        expect(Verdict.HOLDS, GOT_BIO, Property.BALANCED_WHEN_QUIET, "linux-6.1");
        // 6.12 releases nothing from a bio without BIO_PAGE_PINNED: the FOLL_GET reference leaks.
        expect(Verdict.VIOLATED, GOT_BIO, Property.BALANCED_WHEN_QUIET, "linux-6.12");
    }

    /** 6. fs/direct-io.c takes a reference per bio and drops its own: one page in two bios is fine. */
    static final String ONE_PAGE_TWO_BIOS = """
            scenario dio-two-bios "fs/direct-io.c puts one page's two halves into two bios"
            kernel 2019 6.1
            page U0 user
            iter it iovec U0
            bio b1 write end_io dio_bio_end_io
            bio b2 write end_io dio_bio_end_io
            actor dio
              2019: iov_iter_get_pages it
              6.1:  iov_iter_get_pages2 it
              bio_add_page b1 U0
              6.1:  get_page U0
              bio_add_page b2 U0
              6.1:  get_page U0
              6.1:  put_page U0
              submit_bio b1
              submit_bio b2
            """;

    @Test
    void directIoReferencesPerBioKeepAPageInTwoBiosBalanced() throws Exception {
        expect(Verdict.HOLDS, ONE_PAGE_TWO_BIOS, Property.NO_UNDERFLOW, "linux-6.1");
        expect(Verdict.HOLDS, ONE_PAGE_TWO_BIOS, Property.BALANCED_WHEN_QUIET, "linux-6.1");
        expect(Verdict.HOLDS, ONE_PAGE_TWO_BIOS, Property.NO_USE_AFTER_FREE, "linux-6.1");
        // The GUP reference moved into the bio (the 2019 description): both bios release the one
        // reference, and the mapping's goes with it: the page is freed while still mapped.
        expect(Verdict.VIOLATED, ONE_PAGE_TWO_BIOS, Property.NO_USE_AFTER_FREE, "pre-2019");
    }

    /** 7. bio_iov_iter_get_pages takes the references a later put_page releases. */
    static final String BIO_ITER_THEN_PUT = """
            scenario bio-iter-put "bio_iov_iter_get_pages, then a put_page at the call site"
            kernel 6.1 6.12
            page U0 user
            iter it iovec U0
            bio b write end_io e no-release
            actor a
              bio_iov_iter_get_pages b it
              submit_bio b
              wait_for_completion b
              put_page U0
            """;

    @Test
    void bioIovIterGetPagesIsAReferenceSource() throws Exception {
        expect(Verdict.HOLDS, BIO_ITER_THEN_PUT, Property.RELEASED_AS_TAKEN, "linux-6.1");
        // 6.12 pinned the page: a put_page is the wrong release (an underflow of the bias too).
        expect(Verdict.VIOLATED, BIO_ITER_THEN_PUT, Property.RELEASED_AS_TAKEN, "linux-6.12");
    }

    /** 8. A page named twice in one iterator is two references; a GUP refused midway keeps what it got. */
    static final String TWICE = """
            scenario twice "two iovecs in one page"
            kernel 6.1
            page U0 user
            iter it iovec U0 U0
            actor a
              iov_iter_get_pages2 it
              put_page U0
            %s
            """;

    static final String MIDWAY = """
            scenario midway "a GUP that faults on its second page"
            kernel 6.1
            page U0 user
            page U1 user
            iter it iovec U0 U1 U0
            bio b write end_io e
            actor mm
              munmap U1
            actor a
              iov_iter_get_pages2 it
              bio_add_page b U0
              bio_add_page b U1
              bio_add_page b U0
              submit_bio b
            """;

    @Test
    void aPageNamedTwiceIsTwoReferences() throws Exception {
        expect(Verdict.VIOLATED, TWICE.formatted(""), Property.BALANCED_WHEN_QUIET, "linux-6.1");
        expect(Verdict.HOLDS, TWICE.formatted("  put_page U0"), Property.BALANCED_WHEN_QUIET, "linux-6.1");
        // The first U0 was got before a fault on U1, the second was not: the bio gets and releases only
        // the first; nothing leaks, nothing is released twice.
        expect(Verdict.HOLDS, MIDWAY, Property.BALANCED_WHEN_QUIET, "linux-6.1");
        expect(Verdict.HOLDS, MIDWAY, Property.NO_UNDERFLOW, "linux-6.1");
    }

    /** 9. Only pages a GUP took for the I/O must read pinned, not a page-cache page the fs added. */
    static final String JOURNAL = """
            scenario journal "a page-cache page the filesystem puts in a write bio itself"
            kernel 6.12
            page M pagecache
            bio b write end_io end_bio_bh_io_sync no-release
            actor fs
              bio_add_page b M
              submit_bio b
            """;

    @Test
    void pinsVisibleAsksOnlyOfPagesAGupTook() throws Exception {
        expect(Verdict.HOLDS, JOURNAL, Property.PINS_VISIBLE, "linux-6.12");
        // A FOLL_GET page under DMA (6.1 direct-io, nfs) does not read pinned: that is the finding.
        expect(Verdict.VIOLATED, GOT_BIO, Property.PINS_VISIBLE, "linux-6.1");
    }

    /** 10. Writeback reaches pages through the mapping: a truncated page is not written back. */
    static final String TRUNCATED = """
            scenario truncated "writeback after truncate freed the page"
            kernel 6.12
            page F pagecache
            actor mm
              munmap F
              truncate F
            actor wb
              page_mkclean F
              writepage F
              end_page_writeback F
            """;

    @Test
    void writebackFindsNoTruncatedPage() throws Exception {
        expect(Verdict.HOLDS, TRUNCATED, Property.NO_USE_AFTER_FREE, "linux-6.12");
        expect(Verdict.HOLDS, TRUNCATED, Property.BALANCED_WHEN_QUIET, "linux-6.12");
    }

    /**
     * 12. A bvec built from what an earlier GUP of the actor got (io_uring's registered buffer,
     * vmsplice's pipe) holds nothing when that GUP faulted: the read does not use the freed page.
     * With the bvec over a page of the actor's own (no earlier GUP), the same truncate frees a page
     * the device then writes.
     */
    static final String REGISTERED = """
            scenario registered "a read into a registered buffer whose file was truncated"
            kernel 6.12
            page F pagecache
            iter reg ubuf dest F
            iter fixed bvec F
            bio rd read end_io blkdev_bio_end_io
            actor uring
              %s
              bio_iov_iter_get_pages rd fixed
              submit_bio rd
              wait_for_completion rd
            actor truncator
              truncate F
            """;

    @Test
    void aBvecRestsOnTheGupThatFilledIt() throws Exception {
        String registered = REGISTERED.formatted("pin_user_pages_fast reg FOLL_LONGTERM");
        expect(Verdict.HOLDS, registered, Property.NO_USE_AFTER_FREE, "linux-6.12");
        expect(Verdict.HOLDS, registered, Property.NO_UNDERFLOW, "linux-6.12");
        String unregistered = REGISTERED.formatted("folio_maybe_dma_pinned F");
        expect(Verdict.VIOLATED, unregistered, Property.NO_USE_AFTER_FREE, "linux-6.12");
    }

    /** 13. A get_page() skipped because the reference it adds to was never got is not put either. */
    static final String SKIPPED_GET = """
            scenario skipped-get "a get_page on a page the GUP faulted on, then its put"
            kernel 6.1
            page U0 user
            iter it iovec U0
            actor a
              iov_iter_get_pages2 it
              get_page U0
              put_page U0
              put_page U0
            actor mm
              munmap U0
            """;

    @Test
    void aSkippedGetPageIsNotPut() throws Exception {
        expect(Verdict.HOLDS, SKIPPED_GET, Property.NO_UNDERFLOW, "linux-6.1");
        expect(Verdict.HOLDS, SKIPPED_GET, Property.BALANCED_WHEN_QUIET, "linux-6.1");
    }

    /**
     * 14. A FOLL_LONGTERM pin that cannot migrate a movable page gives back every pin it took and
     * fails (mm/gup.c migrate_longterm_unpinnable_folios): nothing leaks. Where the migration
     * succeeds and the pinner never unpins, the pins stay: the same check fails.
     */
    static final String LONGTERM = """
            scenario lt "a longterm pin over a pinnable page and a movable one another reference holds"
            kernel 6.12
            page U0 user
            page U1 user movable
            iter lt ubuf dest U0 U1
            iter other ubuf dest U1
            actor holder
              %s
            actor pinner
              pin_user_pages_fast lt FOLL_LONGTERM
              %s
            """;

    @Test
    void aFailedLongtermPinGivesBackThePinsItTook() throws Exception {
        String failing = LONGTERM.formatted("get_user_pages_fast other", "unpin_user_pages lt");
        expect(Verdict.HOLDS, failing, Property.NO_UNDERFLOW, "linux-6.12");
        String kept = LONGTERM.formatted("folio_maybe_dma_pinned U1", "folio_maybe_dma_pinned U0");
        expect(Verdict.VIOLATED, kept, Property.BALANCED_WHEN_QUIET, "linux-6.12");
        // the holder's FOLL_GET reference on U1 is never put: the leak is its, not the pinner's
        PropertyResult leak = verdict(failing, Property.BALANCED_WHEN_QUIET, "linux-6.12");
        assertEquals(Verdict.VIOLATED, leak.verdict());
        assertEquals(0, leak.trace().orElseThrow().last().pages().get("U0").pins(),
                narration(leak.trace().orElseThrow()));
    }

    /**
     * 15. A pin of a COW-shared page unshares that page alone (the process gets a copy the model
     * does not follow) and the GUP carries on with the next page (mm/gup.c __get_user_pages).
     */
    static final String UNSHARE = Models.UNSHARE;

    @Test
    void aCowUnshareMissesOnlyItsPage() throws Exception {
        PropertyResult x = verdict(UNSHARE, Property.UNFOLLOWED, "linux-6.12");
        assertEquals(Verdict.VIOLATED, x.verdict(), x.reason().orElse(""));
        Trace t = x.trace().orElseThrow();
        assertEquals(2, t.last().pages().get("U1").pins(), "U1, kept exclusive at fork, is pinned again: "
                + narration(t));
        assertEquals(0, t.last().pages().get("U0").pins(), narration(t));
        expect(Verdict.HOLDS, UNSHARE.replace("  fork\n", ""), Property.UNFOLLOWED, "linux-6.12");
    }

    /**
     * 16. Writeback picks only dirty pages (write_cache_pages, folio_prepare_writeback): a page its
     * first writeback cleaned is skipped by the second while an O_DIRECT read into it is in flight.
     * The first writeback may still race the read: the sync bio orders it before.
     */
    static final String CLEAN = Models.CLEAN;

    @Test
    void writebackSkipsACleanPage() throws Exception {
        String cleanedFirst = "  page_mkclean F\n  writepage F\n  end_page_writeback F";
        expect(Verdict.HOLDS, CLEAN.formatted(cleanedFirst), Property.NO_WRITEBACK_UNDER_DMA, "linux-6.12");
        // the page as it starts, dirty: written while the device writes it
        expect(Verdict.VIOLATED, CLEAN.formatted(""), Property.NO_WRITEBACK_UNDER_DMA, "linux-6.12");
    }

    /**
     * 17. fs/direct-io.c zeroes a block's tail only in a block the data GUP mapped (do_direct_IO
     * stops at dio_get_page's error; dio_zero_block returns unless buffer_new): after a GUP that
     * faulted on its first page, ZERO_PAGE is not added, so the pre-2023 get_page of ZERO_PAGE in a
     * 6.12 BIO_PAGE_PINNED bio (released by an unpin) cannot happen.
     */
    @Test
    void noZeroPageTailWithoutTheData() throws Exception {
        expect(Verdict.HOLDS, Models.ZERO_TAIL.formatted("  munmap U0\n"), Property.RELEASED_AS_TAKEN, "linux-6.12", "zero_page=get");
        expect(Verdict.VIOLATED, Models.ZERO_TAIL.formatted(""), Property.RELEASED_AS_TAKEN, "linux-6.12", "zero_page=get");
    }
}
