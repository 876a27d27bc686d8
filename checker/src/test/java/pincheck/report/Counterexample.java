package pincheck.report;

import java.util.List;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.tla.Models;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;
import pincheck.verdict.Verdict;

/**
 * Test fixture: one real TLC counterexample, found once per test JVM. A user page
 * and ZERO_PAGE in one bio under bias-unpin-all: the end_io unpins ZERO_PAGE, which
 * was only got, and its _refcount underflows.
 */
final class Counterexample {
    static final String TEXT = """
            scenario user-and-zero "a user page and ZERO_PAGE in one bio"
            page U0 user
            page Z zero
            iter it iovec U0
            bio b write end_io e
            actor dio
              iov_iter_get_pages it  @ lib/iov_iter.c:iov_iter_get_pages
              bio_add_page b U0      @ fs/direct-io.c:dio_bio_add_page
              bio_add_page b Z       @ fs/direct-io.c:dio_zero_block
              submit_bio b           @ fs/direct-io.c:dio_bio_submit
            """;

    private static SuiteReport.Entry entry;

    private Counterexample() {}

    /** The scenario checked for NoUnderflow only, and its violation. */
    static synchronized SuiteReport.Entry entry() throws Exception {
        if (entry == null) {
            Scenario s = Models.scenario(TEXT);
            CheckResult r = Models.check(s, List.of(Property.NO_UNDERFLOW), "bias-unpin-all");
            if (result(r).verdict() != Verdict.VIOLATED) {
                throw new AssertionError("the fixture must be a violation: " + result(r));
            }
            entry = new SuiteReport.Entry(s, r);
        }
        return entry;
    }

    static PropertyResult violation() throws Exception {
        return result(entry().result());
    }

    /** The violation as the diagrams draw it. */
    static Figure figure(String title) throws Exception {
        SuiteReport.Entry e = entry();
        return new Figure(e.scenario(), e.result().design(), e.result().scaling(), Property.NO_UNDERFLOW,
                violation().trace().orElseThrow(), title);
    }

    private static PropertyResult result(CheckResult r) {
        return Models.result(r, Property.NO_UNDERFLOW);
    }
}
