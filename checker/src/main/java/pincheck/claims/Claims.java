package pincheck.claims;

import com.google.common.collect.ImmutableList;

/**
 * The claims of the thread (linux-kernel, 16 April 2019, "Re: [PATCH v1 00/15] Keep
 * track of GUPed pages in fs and block", Jérôme Glisse replying to Boaz Harrosh),
 * each with the study that settles it.
 */
public final class Claims {
    private Claims() {}

    static final String THREAD = "LKML, 16 Apr 2019, Re: [PATCH v1 00/15] Keep track of GUPed pages in fs and block";

    private static final ImmutableList<Claim> ALL = ImmutableList.of(
            new Claim("only-leak", "in anycase the only harm that can come of this should be memory leak",
                    "Jérôme Glisse",
                    "Under the bias, can a release that does not match how the page was taken do worse than leak "
                            + "it: underflow its count, free it while in use, free ZERO_PAGE?", new OnlyLeak()),
            new Claim("merge-end-io", "I am assuming that bio with different bi_end_io function never get merge.",
                    "Jérôme Glisse (Boaz Harrosh: \"Exactly\")",
                    "Are bios with different end_io merged, and can a merge make one bio's end_io release another "
                            + "bio's pages?", new MergedEndIo()),
            new Claim("warn-on-put", "I think a couple carefully put WARN_ONs in the PUT path can detect any "
                    + "leakage of refs.", "Boaz Harrosh",
                    "Does every harmful trace fire a WARN at or before its harm, under each WARN placement "
                            + "(underflow, just below the bias, folio_add_pin(), the grab path, the kernel's)?",
                    new WarnsDetect()),
            new Claim("zero-page-gup-ref", "Or we can always take a GUP-ref on the ZERO_PAGE as well",
                    "Boaz Harrosh",
                    "Is pinning ZERO_PAGE like any user page safe, on the direct-io path and under many concurrent "
                            + "pins?", new ZeroPageGupRef()),
            new Claim("iov-iter-put-pages", "so for every iov_iter_get_pages() you have an iov_iter_put_pages()",
                    "Boaz Harrosh",
                    "With every release converted at its call site, are references balanced and pins kept until "
                            + "the I/O ends on every path, including fill sites far from the bio's end_io?",
                    new CallSiteBalance()),
            new Claim("gup-ref-vs-bias", "But if you make it such as the first GUP-ref also takes a page_ref and "
                    + "the last GUp-dec also does put_page. Then the all of these becomes a matter of matching every "
                    + "call to get_user_pages or iov_iter_get_pages() with a new put_user_pages or "
                    + "iov_iter_put_pages().", "Boaz Harrosh",
                    "Is a separate GUP-ref as safe as the bias added to _refcount, and where do they differ?",
                    new GupRefVersusBias()));

    public static ImmutableList<Claim> all() { return ALL; }
}
