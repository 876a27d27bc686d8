package pincheck.tla;

import static pincheck.tla.FidelityTest.expect;

import org.junit.jupiter.api.Test;
import pincheck.property.Property;
import pincheck.verdict.Verdict;

/**
 * Every call of the linux-6.1 / linux-6.12 model, each on a model small enough to read: one where
 * a property it decides is violated, one where it holds.
 */
class CallsTest {

    static final String PIN_THEN = """
            scenario pin "pin a user page%s"
            kernel 6.1 6.12
            page U0 user
            iter buf ubuf dest U0
            actor a
              %s buf
            %s
            """;

    @Test
    void pinUserPagesIsBalancedByUnpinUserPages() throws Exception {
        for (String pin : new String[] {"pin_user_pages", "pin_user_pages_fast"}) {
            expect(Verdict.HOLDS, PIN_THEN.formatted("", pin, "  unpin_user_pages buf"), Property.BALANCED_WHEN_QUIET,
                    "linux-6.12");
            expect(Verdict.VIOLATED, PIN_THEN.formatted(" and forget it", pin, ""), Property.BALANCED_WHEN_QUIET,
                    "linux-6.12");
            // A pin given back with put_page is the wrong release.
            expect(Verdict.VIOLATED, PIN_THEN.formatted(", put_page it", pin, "  put_page U0"),
                    Property.RELEASED_AS_TAKEN, "linux-6.1");
        }
    }

    @Test
    void getUserPagesTakesFollGetReferences() throws Exception {
        for (String get : new String[] {"get_user_pages", "get_user_pages_fast"}) {
            expect(Verdict.HOLDS, PIN_THEN.formatted("", get, "  put_page U0"), Property.RELEASED_AS_TAKEN,
                    "linux-6.12");
            expect(Verdict.VIOLATED, PIN_THEN.formatted(", unpin it", get, "  unpin_user_page U0"),
                    Property.RELEASED_AS_TAKEN, "linux-6.12");
        }
    }

    @Test
    void unpinUserPagesDirtyLockUnpinsWhatWasPinned() throws Exception {
        expect(Verdict.HOLDS, PIN_THEN.formatted("", "pin_user_pages_fast", "  unpin_user_pages_dirty_lock buf"),
                Property.RELEASED_AS_TAKEN, "linux-6.12");
        expect(Verdict.VIOLATED, PIN_THEN.formatted(", got", "get_user_pages_fast", "  unpin_user_pages_dirty_lock buf"),
                Property.RELEASED_AS_TAKEN, "linux-6.12");
    }

    static final String LONGTERM = """
            scenario lt "a longterm pin of a page in ZONE_MOVABLE"
            kernel 6.12
            page U0 user movable
            iter buf ubuf dest U0
            actor a
              pin_user_pages buf FOLL_LONGTERM
              unpin_user_pages buf
            """;

    @Test
    void aLongtermPinMovesThePageOutOfTheMovableZoneFirst() throws Exception {
        expect(Verdict.HOLDS, LONGTERM, Property.LONGTERM_NOT_MOVABLE, "linux-6.12");
        expect(Verdict.VIOLATED, LONGTERM, Property.LONGTERM_NOT_MOVABLE, "linux-6.12", "longterm=pin-in-place");
    }

    static final String VMSPLICE = """
            scenario vs "vmsplice, then the pipe buffer released"
            kernel 6.1 6.12
            page U0 user
            iter uv iovec U0
            actor a
              vmsplice uv
              %s U0
            """;

    @Test
    void vmspliceGetsAndThePipeBufferPuts() throws Exception {
        expect(Verdict.HOLDS, VMSPLICE.formatted("put_page"), Property.RELEASED_AS_TAKEN, "linux-6.12");
        expect(Verdict.VIOLATED, VMSPLICE.formatted("unpin_user_page"), Property.RELEASED_AS_TAKEN, "linux-6.12");
    }

    static final String FORK = """
            scenario fk "a pinned page under DMA while the process forks and writes it"
            kernel 6.12
            page U0 user
            iter buf ubuf dest U0
            bio mr read end_io e no-release
            actor a
              %s buf
              bio_add_page mr U0
              submit_bio mr
              fork
              write_fault U0
              wait_for_completion mr
              %s
            """;

    @Test
    void forkCopiesAPinnedPageForTheChildSoTheParentsWriteStaysOnIt() throws Exception {
        String pinned = FORK.formatted("pin_user_pages_fast", "unpin_user_pages buf");
        expect(Verdict.HOLDS, pinned, Property.NO_STALE_DMA, "linux-6.12");
        expect(Verdict.VIOLATED, pinned, Property.NO_STALE_DMA, "linux-6.12", "fork=share");
        // A FOLL_GET reference does not make fork copy: the parent's write moves it off the DMA page.
        expect(Verdict.VIOLATED, FORK.formatted("get_user_pages_fast", "put_page U0"), Property.NO_STALE_DMA,
                "linux-6.12");
    }

    @Test
    void aWriteFaultAfterForkCopiesThePageAndTheModelKeepsFollowingTheOldOne() throws Exception {
        expect(Verdict.HOLDS, """
                scenario wf "a write fault on a page fork shared copies it; no reference was on it"
                kernel 6.12
                page U0 user
                actor a
                  fork
                  write_fault U0
                """, Property.NO_STALE_DMA, "linux-6.12");
        expect(Verdict.VIOLATED, """
                scenario wf2 "a write fault copies the page after fork: the model stops following the address"
                kernel 6.12
                page U0 user
                actor a
                  fork
                  write_fault U0
                  write_fault U0
                """, Property.UNFOLLOWED, "linux-6.12");
    }

    static final String MIGRATE = """
            scenario mg "compaction migrating a page a GUP holds"
            kernel 6.12
            page U0 user
            iter buf ubuf dest U0
            actor a
              pin_user_pages_fast buf
              unpin_user_pages buf
            actor kcompactd
              migrate_pages U0
            """;

    @Test
    void migrationFailsOnAPageWithOtherReferences() throws Exception {
        expect(Verdict.HOLDS, MIGRATE, Property.NO_STALE_DMA, "linux-6.12");
        expect(Verdict.VIOLATED, MIGRATE, Property.NO_STALE_DMA, "linux-6.12", "migrate=ignore-refs");
    }

    static final String RECLAIM = """
            scenario rc "reclaim of a page-cache page a FOLL_GET reference holds"
            kernel 6.1
            page F pagecache
            iter buf iovec dest F
            actor a
              get_user_pages_fast buf
              put_page F
            actor kswapd
              shrink_folio_list F
            """;

    @Test
    void reclaimFreesOnlyAPageWhoseRefcountFreezes() throws Exception {
        expect(Verdict.HOLDS, RECLAIM, Property.NO_STALE_DMA, "linux-6.1");
        expect(Verdict.VIOLATED, RECLAIM, Property.NO_STALE_DMA, "linux-6.1", "reclaim=no-freeze");
    }

    static final String ADD_PIN = """
            scenario ap "a second pin with folio_add_pin, released by %s"
            kernel 6.12
            page U0 user
            iter buf ubuf U0
            actor a
              iov_iter_extract_pages buf
              folio_add_pin U0
              unpin_user_page U0
              %s U0
            """;

    @Test
    void folioAddPinTakesAPinAnUnpinGivesBack() throws Exception {
        expect(Verdict.HOLDS, ADD_PIN.formatted("unpin", "unpin_user_page"), Property.RELEASED_AS_TAKEN, "linux-6.12");
        expect(Verdict.VIOLATED, ADD_PIN.formatted("put_page", "put_page"), Property.RELEASED_AS_TAKEN, "linux-6.12");
    }

    static final String FLAGGED = """
            scenario fl "extracted pins in a bio%s"
            kernel 6.12
            page U0 user
            iter it iovec U0
            bio b write end_io e
            actor a
              iov_iter_extract_pages it
            %s
              bio_add_page b U0
              submit_bio b
            """;

    @Test
    void bioSetFlagDecidesThatBioReleasePagesUnpins() throws Exception {
        expect(Verdict.HOLDS, FLAGGED.formatted(", flagged", "  bio_set_flag b BIO_PAGE_PINNED"),
                Property.BALANCED_WHEN_QUIET, "linux-6.12");
        // iov_iter_extract_pages alone: without the flag 6.12 releases nothing and the pin leaks.
        expect(Verdict.VIOLATED, FLAGGED.formatted(", not flagged", ""), Property.BALANCED_WHEN_QUIET, "linux-6.12");
    }

    static final String SYNC = """
            scenario sy "a synchronous bio released by its submitter%s"
            kernel 6.1 6.12
            page U0 user
            iter it iovec U0
            bio b write end_io submit_bio_wait_endio no-release
            actor a
              bio_iov_iter_get_pages b it
              submit_bio b
              wait_for_completion b
            %s
            """;

    @Test
    void bioReleasePagesAtTheCallSiteBalancesTheFill() throws Exception {
        for (String kernel : new String[] {"linux-6.1", "linux-6.12"}) {
            expect(Verdict.HOLDS, SYNC.formatted("", "  bio_release_pages b"), Property.BALANCED_WHEN_QUIET, kernel);
            expect(Verdict.VIOLATED, SYNC.formatted(" (forgotten)", ""), Property.BALANCED_WHEN_QUIET, kernel);
        }
    }

    static final String SAME_PAGE = """
            scenario sp "two iovecs in one page, one bvec"
            kernel 6.12
            page P user
            iter it iovec P[0,2048] P[2048,2048]
            bio b write end_io e
            actor a
              bio_iov_iter_get_pages b it
              submit_bio b
            """;

    static final String UNALIGNED = """
            scenario ua "an unaligned buffer over two pages of a large folio"
            kernel 6.12
            page F user large
            iter it ubuf F[2048,4096]
            bio b write end_io e
            actor a
              bio_iov_iter_get_pages b it
              submit_bio b
            """;

    @Test
    void bvecMergesGiveBackTheExtraReferenceAndReleaseEveryPageTheyTouch() throws Exception {
        expect(Verdict.HOLDS, SAME_PAGE, Property.BALANCED_WHEN_QUIET, "linux-6.12");
        expect(Verdict.VIOLATED, SAME_PAGE, Property.BALANCED_WHEN_QUIET, "linux-6.12", "same_page=keep");
        expect(Verdict.HOLDS, UNALIGNED, Property.BALANCED_WHEN_QUIET, "linux-6.12");
        expect(Verdict.VIOLATED, UNALIGNED, Property.BALANCED_WHEN_QUIET, "linux-6.12", "release_nr=length");
    }
}
