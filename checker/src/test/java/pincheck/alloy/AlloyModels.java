package pincheck.alloy;

/**
 * Small scenarios for the Alloy tests, each valid under the 2019 thread's path (the proposals)
 * and under linux-6.12 (linux-6.12 / kernel-2023), with the calls each makes.
 */
public final class AlloyModels {
    private AlloyModels() {}

    /** A user page and ZERO_PAGE in one write bio, as fs/direct-io.c does: the smallest mixed bio. */
    public static final String USER_AND_ZERO = """
            scenario user-and-zero "a user page and ZERO_PAGE in one bio"
            kernel 2019 6.12
            page U0 user
            page Z zero
            iter it iovec U0
            bio b write end_io e
            actor a
              2019: iov_iter_get_pages it
              6.12: iov_iter_extract_pages it
              6.12: bio_set_flag b BIO_PAGE_PINNED
              bio_add_page b U0
              bio_add_page b Z
              submit_bio b
            """;

    /**
     * One user page in two write bios that may merge into one request (the mirror refuses it):
     * U0 goes into b1 at line 11 and into b2 at line 16.
     */
    public static final String SHARED_PAGE = """
            scenario shared-page "one user page in two bios of one request"
            kernel 2019 6.12
            page U0 user
            iter i1 iovec U0
            iter i2 iovec U0
            bio b1 write end_io e
            bio b2 write end_io e
            actor a
              2019: iov_iter_get_pages i1
              6.12: iov_iter_extract_pages i1
              bio_add_page b1 U0
              submit_bio b1
            actor z
              2019: iov_iter_get_pages i2
              6.12: iov_iter_extract_pages i2
              bio_add_page b2 U0
              submit_bio b2
            """;
}
