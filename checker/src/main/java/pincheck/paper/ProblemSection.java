package pincheck.paper;

import java.util.List;

/** The kernel problem and its sources: the 2019 thread and what the kernel merged later (commit subjects). */
final class ProblemSection {
    private ProblemSection() {}

    static Section build() {
        return new Section("problem", "The kernel problem", List.of(
                new Block.Para("A page's `_refcount` counts every reference to it. Until 2019 `get_user_pages()` "
                        + "(GUP) took plain references, so writeback and `page_mkclean()` could not tell a page a "
                        + "device may be writing into (DMA) from a page with ordinary references; a filesystem that "
                        + "cleans and writes back such a page and sees it dirtied afterwards corrupts data or hits "
                        + "`BUG_ON` in `writepage` (LWN 753027, \"get_user_pages() and filesystems\")."),
                new Block.Para("In April 2019 Jérôme Glisse posted \"[PATCH v1 00/15] Keep track of GUPed pages in "
                        + "fs and block\" to linux-kernel; Boaz Harrosh and others answered. The thread leaves "
                        + "open how a pin is counted (a bias added to `_refcount` per GUP, or a separate GUP-ref "
                        + "whose first increment takes one page reference and whose last decrement does "
                        + "`put_page()`), and how a release site knows how each page was taken: convert call sites "
                        + "to `put_user_page()`, balance `iov_iter_get_pages()` with `iov_iter_put_pages()`, or "
                        + "choose `foo_bi_end_io_normal` / `foo_bi_end_io_gup` when the bio is filled, or pass a "
                        + "bool to `foo_bi_end_io_common()`."),
                new Block.Para("The hard cases named there are the subject of the scenarios: a bio holding GUP'd "
                        + "and non-GUP pages at once (one bio filled from a user iovec and a pipe), "
                        + "`fs/direct-io.c` adding ZERO_PAGE to a bio of user pages, nfs direct I/O (gets and puts "
                        + "balanced outside end_io), cifs (release from a workqueue) and merged bios. The thread "
                        + "also makes claims that can be checked, e.g. \"the only harm ... should be memory leak\" "
                        + "and \"a couple carefully put WARN_ONs in the PUT path can detect any leakage of refs\"."),
                new Block.Para("What the kernel merged afterwards (commit subjects):"),
                new Block.Items(false, List.of(
                        "\"mm: prevent get_user_pages() from overflowing page refcount\" and \"mm: make page ref "
                                + "count overflow check tighter and more explicit\" (2019, after CVE-2019-11487).",
                        "\"mm/gup: track FOLL_PIN pages\" (2020): `GUP_PIN_COUNTING_BIAS` (1024) per pin on a "
                                + "small folio, an exact `_pincount` on large folios.",
                        "\"mm, tree-wide: rename put_user_page*() to unpin_user_page*()\" (v5.6).",
                        "\"block: Replace BIO_NO_PAGE_REF with BIO_PAGE_REFFED with inverted logic\", then \"block: "
                                + "Add BIO_PAGE_PINNED and associated infrastructure\", \"block: Convert "
                                + "bio_iov_iter_get_pages to use iov_iter_extract_pages\" and \"block: remove "
                                + "BIO_PAGE_REFFED\" (2023): one release mode per bio, set when it is filled.",
                        "\"block: Use iov_iter_extract_pages() and page pinning in direct-io.c\" (2023).",
                        "\"mm: Don't pin ZERO_PAGE in pin_user_pages()\" (2023, v6.5): pinning and unpinning the "
                                + "zero page are no-ops; \"iomap: Don't get an reference on ZERO_PAGE for direct "
                                + "I/O block zeroing\".",
                        "\"iov_iter: Kill ITER_PIPE\" (2023): splice reads copy into pages of their own "
                                + "(`copy_splice_read`).",
                        "Debian's 6.1 (6.1.192) carries several of these as backports: the ZERO_PAGE change, the "
                                + "folio-based `__bio_release_pages` with \"block: Fix page refcounts for unaligned "
                                + "buffers in __bio_release_pages()\", per-mapping stable writes; its direct I/O "
                                + "still takes FOLL_GET references, and so does `nfs/direct.c` in 6.12."))));
    }
}
