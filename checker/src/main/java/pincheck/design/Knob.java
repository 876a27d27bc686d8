package pincheck.design;

import static pincheck.design.KnobValue.earlier;
import static pincheck.design.KnobValue.hypothetical;
import static pincheck.design.KnobValue.kernel;
import static pincheck.design.KnobValue.proposal;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;

/**
 * A design knob: the kernel mechanisms the 2019 discussion argued about and the kernel decides,
 * each value labelled with where it comes from (specs/tla/PageRef.tla and Pinning.tla give the
 * semantics; a value no kernel has is HYPOTHETICAL and in no real-kernel preset).
 */
public enum Knob {
    PIN_ACCOUNTING("pin_accounting", "PIN_ACCOUNTING", "how a FOLL_PIN pin is counted",
            earlier("get", "before v5.7 (\"mm/gup: track FOLL_PIN pages\"): a pin is a plain +1"),
            kernel("bias", "6.1, 6.12 mm/gup.c:try_grab_folio: GUP_PIN_COUNTING_BIAS on a small folio,"
                    + " _pincount on a large one"),
            hypothetical("pincount", "an exact pin counter on every page (the kernel has one for"
                    + " large folios only)"),
            proposal("gup-ref", "Harrosh, 2019: a separate GUP-ref; the first takes a page ref, the last"
                    + " put_page()s")),
    ZERO_PIN("zero_pin", "ZERO_PIN", "whether FOLL_PIN and unpin ignore ZERO_PAGE",
            kernel("neutral", "6.12 and Debian 6.1.192 mm/gup.c:try_grab_folio, gup_put_folio"
                    + " (is_zero_folio): \"mm: Don't pin ZERO_PAGE in pin_user_pages()\""),
            earlier("counted", "before v6.5: the zero page is pinned like any page (the 2019"
                    + " proposals)")),
    ZERO_PAGE("zero_page", "ZERO_PAGE_POLICY", "what fs/direct-io.c takes on the ZERO_PAGE it adds",
            kernel("get", "6.1 fs/direct-io.c:submit_page_section, dio_refill_pages: get_page(ZERO_PAGE)"),
            kernel("add-pin", "6.12 fs/direct-io.c:dio_pin_page -> folio_add_pin, a no-op on the zero"
                    + " folio"),
            proposal("pin", "Harrosh, 2019: \"take a GUP-ref on the ZERO_PAGE as well\""),
            hypothetical("no-ref", "no reference at all (iomap's separate zeroing bio does this,"
                    + " 6.12 fs/iomap/direct-io.c:iomap_dio_zero; direct-io does not)")),
    END_IO("end_io", "END_IO", "what bio_release_pages() / the bio's end_io releases",
            kernel("no-page-ref", "6.1 include/linux/bio.h:bio_release_pages: put_page each folio"
                    + " unless BIO_NO_PAGE_REF"),
            kernel("page-pinned", "6.12 include/linux/bio.h:bio_release_pages: unpin_user_folio each"
                    + " folio only if BIO_PAGE_PINNED, else nothing"),
            earlier("put-all", "before the thread: the end_io put_page()s every page"),
            proposal("unpin-all", "2019 series: every end_io converted to put_user_page()"),
            proposal("split", "Glisse, 2019: foo_bi_end_io_normal / _gup chosen when the bio is filled"),
            proposal("common-bool", "Harrosh, 2019: foo_bi_end_io_common(bio, bool gup)"),
            proposal("per-page-mark", "each bio page marked with how its reference was taken"),
            proposal("submitter", "Harrosh, 2019: the end_io releases nothing, the submitter balances"
                    + " (nfs/direct.c)")),
    RELEASE("release", "RELEASE", "what a put_page() call site of iterator pages does",
            kernel("put_page", "6.1, 6.12: the call is what the source says"),
            proposal("put_user_page", "2019 series: converted to put_user_page()"),
            proposal("iov_iter_put_pages", "Harrosh, 2019: iov_iter_put_pages() balances each"
                    + " iov_iter_get_pages()")),
    GET_PAGES("get_pages", "GET_PAGES", "what iov_iter_get_pages*() takes on user pages",
            kernel("foll-get", "6.1, 6.12 lib/iov_iter.c:__iov_iter_get_pages_alloc ->"
                    + " get_user_pages_fast, FOLL_GET"),
            proposal("pin", "the 2019 plan: convert iov_iter_get_pages() callers to GUP pins")),
    OVERFLOW_CHECK("overflow_check", "OVERFLOW_CHECK", "the grab path's refcount overflow check",
            earlier("none", "before \"mm: prevent get_user_pages() from overflowing page refcount\""
                    + " (2019, CVE-2019-11487)"),
            kernel("sign", "6.1, 6.12 mm/gup.c:try_grab_folio: WARN_ON_ONCE(folio_ref_count(folio)"
                    + " <= 0) -> -ENOMEM")),
    WARN("warn", "WARN", "WARN_ON instrumentation of the put and grab paths",
            earlier("none", "no WARN on these paths"),
            proposal("underflow", "Glisse, 2019: \"catching things like underflow\""),
            proposal("below-bias", "Glisse, 2019: a put_page that brings the refcount just below the"
                    + " bias"),
            hypothetical("add-pin", "folio_add_pin's WARN alone"),
            kernel("grab", "6.1 mm/gup.c:try_grab_page / try_get_folio WARN_ON_ONCE"),
            kernel("kernel", "6.12 mm/gup.c: try_grab_folio's and folio_add_pin's WARN_ON_ONCE")),
    FILL_RULE("fill_rule", "FILL_RULE", "what bio_add_page() accepts",
            kernel("any", "6.1, 6.12 block/bio.c:bio_add_page checks only room and size"),
            hypothetical("one-iter", "refuse a page the bio would release the wrong way; no kernel"
                    + " checks this")),
    MERGE("merge", "MERGE", "how merged bios complete",
            kernel("own-end-io", "6.1, 6.12 block/blk-merge.c:blk_rq_merge_ok compares no end_io;"
                    + " block/blk-mq.c:blk_update_request calls bio_endio on each bio"),
            hypothetical("shared-end-io", "the request's first bio's end_io releases every merged"
                    + " bio's pages"),
            hypothetical("none", "bios never merge (the thread's assumption)")),
    FORK("fork", "FORK", "what fork() does with a pinned anonymous page",
            kernel("cow-for-dma", "6.1, 6.12 mm/memory.c:copy_present_pte: page_needs_cow_for_dma /"
                    + " folio_needs_cow_for_dma -> the child gets a copy, the parent keeps the page"),
            earlier("share", "before v5.10 (\"mm: Do early cow for pinned pages during fork() for ptes\"):"
                    + " shared and write-protected, the first writer copies")),
    MIGRATE("migrate", "MIGRATE", "what migration does with a page that holds other references",
            kernel("expected-refs", "6.1, 6.12 mm/migrate.c:folio_migrate_mapping: folio_ref_freeze at the"
                    + " expected count, else -EAGAIN"),
            hypothetical("ignore-refs", "move the page regardless of references (shows why the freeze is"
                    + " there)")),
    LONGTERM("longterm", "LONGTERM", "what a FOLL_LONGTERM pin does with a page in ZONE_MOVABLE or CMA",
            kernel("migrate-first", "6.1, 6.12 mm/gup.c:__gup_longterm_locked ->"
                    + " check_and_migrate_movable_pages: migrate, then pin the new page"),
            earlier("pin-in-place", "before v5.7 (\"mm/gup: migrate pages out of ZONE_MOVABLE\" came later"
                    + " still): the pin stays in the movable zone")),
    RECLAIM("reclaim", "RECLAIM", "what reclaim does with a page that holds other references",
            kernel("freeze", "6.1, 6.12 mm/vmscan.c:shrink_folio_list skips a maybe-pinned anon folio;"
                    + " __remove_mapping frees only when the refcount freezes at the expected count"),
            hypothetical("no-freeze", "drop the page from its file and process regardless of references")),
    SAME_PAGE("same_page", "SAME_PAGE", "what a same-page bvec merge does with the extra reference",
            kernel("drop", "6.1 block/bio.c:bio_iov_add_page put_page, 6.12 bio_iov_add_folio"
                    + " unpin_user_folio(folio, 1) (\"block: fix page leak when merging to same page\")"),
            earlier("keep", "before that fix: the extra reference leaks")),
    RELEASE_NR("release_nr", "RELEASE_NR", "how many references __bio_release_pages gives back per bvec",
            kernel("spanned", "6.1.192, 6.12 block/bio.c:__bio_release_pages: the pages the bvec's bytes"
                    + " touch (\"block: Fix page refcounts for unaligned buffers in __bio_release_pages()\")"),
            earlier("length", "before that fix (2024): the bvec's length in pages, rounded up")),
    WRITEBACK("writeback", "WRITEBACK", "what writeback does with a page that may be pinned",
            kernel("no-check", "6.1, 6.12 mm/page-writeback.c:write_cache_pages never asks"
                    + " folio_maybe_dma_pinned()"),
            hypothetical("skip-pinned", "ask folio_maybe_dma_pinned() at page_mkclean and redirty a"
                    + " maybe-pinned page (the purpose of tracking pins, LWN 753027; in no kernel)"));

    private final String key;
    private final String tlaConstant;
    private final String meaning;
    private final ImmutableList<KnobValue> values;
    private final ImmutableList<String> choices;

    Knob(String key, String tlaConstant, String meaning, KnobValue... values) {
        this.key = key;
        this.tlaConstant = tlaConstant;
        this.meaning = meaning;
        this.values = ImmutableList.copyOf(values);
        this.choices = this.values.stream().map(KnobValue::value).collect(ImmutableList.toImmutableList());
    }

    /** The name users write: {@code --set end_io=split}. */
    public String key() { return key; }

    /** The constant of specs/tla/Pinning.tla or PageRef.tla this knob sets. */
    public String tlaConstant() { return tlaConstant; }

    public String meaning() { return meaning; }

    public ImmutableList<String> choices() { return choices; }

    /** Every value with where it comes from. */
    public ImmutableList<KnobValue> options() { return values; }

    /** The value's label and evidence. */
    public KnobValue value(String choice) {
        return values.stream().filter(v -> v.value().equals(choice)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key + " has no value " + choice));
    }

    /** The names users write, in declaration order. */
    public static java.util.List<String> keys() {
        return Arrays.stream(values()).map(Knob::key).toList();
    }

    public static Optional<Knob> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
