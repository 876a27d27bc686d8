package pincheck.alloy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pincheck.scenario.Scenario;
import pincheck.tla.Models;

/** The mirror refuses a page that one completion would release twice, and only that. */
class BioPagesDistinctTest {
    /** Models.SHARED_PAGE with the two bios' operations given: U0 is added at lines 10 and 14. */
    private static Scenario twoBios(String op1, String op2) throws Exception {
        return Models.scenario(Models.SHARED_PAGE.replace("bio b1 write", "bio b1 " + op1)
                .replace("bio b2 write", "bio b2 " + op2));
    }

    @Test
    void aPageInTwoBiosThatMayMergeIsRefusedWithBothLines() throws Exception {
        Unsupported e = assertThrows(Unsupported.class, () -> BioPagesDistinct.check(twoBios("write", "write"), true));
        assertTrue(e.getMessage().startsWith("test.pin:14: page U0 goes into bio b1 (line 10) and bio b2 (line 14),"
                + " which may merge"), e.getMessage());
    }

    @Test
    void biosThatNeverMergeMayShareAPage() throws Exception {
        // merging off, or two operations blk_rq_merge_ok() never puts in one request
        assertDoesNotThrow(() -> BioPagesDistinct.check(twoBios("write", "write"), false));
        assertDoesNotThrow(() -> BioPagesDistinct.check(twoBios("write", "read"), true));
    }

    @Test
    void bioIovIterGetPagesFillsEveryPageOfItsIterator() throws Exception {
        Scenario s = Models.scenario("""
                scenario both "U1 added by hand, then with its iterator"
                page U0 user
                page U1 user
                iter it iovec U0 U1
                bio b write end_io e
                actor a
                  iov_iter_get_pages it
                  bio_add_page b U1
                  bio_iov_iter_get_pages b it
                  submit_bio b
                """);
        Unsupported e = assertThrows(Unsupported.class, () -> BioPagesDistinct.check(s, false));
        assertTrue(e.getMessage().startsWith("test.pin:9: page U1 goes into bio b (line 8) and again (line 9)"),
                e.getMessage());
    }

    @Test
    void aPageTwiceInOneBioIsRefusedEvenWithoutMerging() throws Exception {
        Scenario s = Models.scenario("""
                scenario twice "one page added twice to one bio"
                page K0 kernel
                bio b write end_io e
                actor a
                  get_page K0
                  bio_add_page b K0
                  get_page K0
                  bio_add_page b K0
                  submit_bio b
                """);
        Unsupported e = assertThrows(Unsupported.class, () -> BioPagesDistinct.check(s, false));
        assertTrue(e.getMessage().startsWith("test.pin:8: page K0 goes into bio b (line 6) and again (line 8)"),
                e.getMessage());
    }
}
