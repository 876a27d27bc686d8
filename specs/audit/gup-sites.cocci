// gup-sites.cocci: every call that takes references on user pages (GUP), with the
// reference it takes, the argument that carries the gup flags and the one that
// receives the pages.
//
// Run alone:  spatch --very-quiet --no-includes --sp-file gup-sites.cocci --dir linux/fs
// Each match prints one JSON line:
//   ["gup", FILE, LINE, FUNCTION, CALLEE, REFERENCE, FLAGS, PAGES]
// REFERENCE is what the call takes on each page it returns, as mm/gup.c and
// lib/iov_iter.c do it (Linux 6.1 and 6.12):
//   get      FOLL_GET: +1 on _refcount; released with put_page() / folio_put()
//   pin      FOLL_PIN: +GUP_PIN_COUNTING_BIAS (small folio) or +1 and _pincount
//            (large folio); released with unpin_user_page*()
//   extract  iov_iter_extract_pages(): a pin when the iterator is user-backed
//            (iov_iter_extract_will_pin()), no reference at all for bvec/kvec
//   bio      bio_iov_iter_get_pages(): whatever the tree's own
//            __bio_iov_iter_get_pages() takes (FOLL_GET in 6.1, extract in 6.12)
// FLAGS is the gup_flags argument as written ("" when the call has none);
// FOLL_LONGTERM and FOLL_WRITE are read from it, or from assignments to it in the
// same function (page-flow.cocci prints those).  PAGES is where the pages land:
// the array argument, the address of a pointer to one, a struct page ** for a
// single page, the sg table or the bio; for the calls that return the page, the
// expression the result is assigned to.

@initialize:python@
@@
import json

def emit(kind, p, *fields):
    print(json.dumps([kind, p[0].file, int(p[0].line), p[0].current_element] + list(fields)))

// get_user_pages(start, nr_pages, gup_flags, pages[, vmas])   (vmas: 6.1 only)
@get4@
identifier fn = {get_user_pages, get_user_pages_fast, get_user_pages_fast_only};
expression start, nr, flags, pages;
position p;
@@
fn@p(start, nr, flags, pages, ...)

@script:python@
fn << get4.fn; flags << get4.flags; pages << get4.pages; p << get4.p;
@@
emit("gup", p, fn, "get", flags, pages)

@pin4@
identifier fn = {pin_user_pages, pin_user_pages_fast, pin_user_pages_fast_only};
expression start, nr, flags, pages;
position p;
@@
fn@p(start, nr, flags, pages, ...)

@script:python@
fn << pin4.fn; flags << pin4.flags; pages << pin4.pages; p << pin4.p;
@@
emit("gup", p, fn, "pin", flags, pages)

// get_user_pages_remote(mm, start, nr_pages, gup_flags, pages, [vmas,] locked)
@getremote@
identifier fn = {get_user_pages_remote};
expression mm, start, nr, flags, pages;
position p;
@@
fn@p(mm, start, nr, flags, pages, ...)

@script:python@
fn << getremote.fn; flags << getremote.flags; pages << getremote.pages; p << getremote.p;
@@
emit("gup", p, fn, "get", flags, pages)

@pinremote@
identifier fn = {pin_user_pages_remote};
expression mm, start, nr, flags, pages;
position p;
@@
fn@p(mm, start, nr, flags, pages, ...)

@script:python@
fn << pinremote.fn; flags << pinremote.flags; pages << pinremote.pages; p << pinremote.p;
@@
emit("gup", p, fn, "pin", flags, pages)

// get_user_pages_unlocked(start, nr_pages, pages, gup_flags): pages before flags
@getunlocked@
identifier fn = {get_user_pages_unlocked};
expression start, nr, flags, pages;
position p;
@@
fn@p(start, nr, pages, flags)

@script:python@
fn << getunlocked.fn; flags << getunlocked.flags; pages << getunlocked.pages; p << getunlocked.p;
@@
emit("gup", p, fn, "get", flags, pages)

@pinunlocked@
identifier fn = {pin_user_pages_unlocked};
expression start, nr, flags, pages;
position p;
@@
fn@p(start, nr, pages, flags)

@script:python@
fn << pinunlocked.fn; flags << pinunlocked.flags; pages << pinunlocked.pages; p << pinunlocked.p;
@@
emit("gup", p, fn, "pin", flags, pages)

// get_user_page_fast_only(addr, gup_flags, &page): one page
@getone@
identifier fn = {get_user_page_fast_only};
expression addr, flags, pagep;
position p;
@@
fn@p(addr, flags, pagep)

@script:python@
fn << getone.fn; flags << getone.flags; pagep << getone.pagep; p << getone.p;
@@
emit("gup", p, fn, "get", flags, pagep)

// page = get_user_page_vma_remote(mm, addr, gup_flags, &vma): returns the page
@getvma@
identifier fn = {get_user_page_vma_remote};
expression mm, addr, flags, vmap;
position p;
@@
fn@p(mm, addr, flags, vmap)

@getvma_to depends on getvma@
identifier getvma.fn;
expression page, mm, addr, flags, vmap;
position getvma.p;
@@
page = fn@p(mm, addr, flags, vmap)

@script:python depends on getvma_to@
fn << getvma.fn; flags << getvma.flags; page << getvma_to.page; p << getvma.p;
@@
emit("gup", p, fn, "get", flags, page)

@script:python depends on !getvma_to@
fn << getvma.fn; flags << getvma.flags; p << getvma.p;
@@
emit("gup", p, fn, "get", flags, "")

// page = get_dump_page(addr): FOLL_GET | FOLL_DUMP, returns the page
@dump@
identifier fn = {get_dump_page};
expression addr;
position p;
@@
fn@p(addr)

@dump_to depends on dump@
identifier dump.fn;
expression page, addr;
position dump.p;
@@
page = fn@p(addr)

@script:python depends on dump_to@
fn << dump.fn; page << dump_to.page; p << dump.p;
@@
emit("gup", p, fn, "get", "FOLL_GET | FOLL_DUMP", page)

@script:python depends on !dump_to@
fn << dump.fn; p << dump.p;
@@
emit("gup", p, fn, "get", "FOLL_GET | FOLL_DUMP", "")

// memfd_pin_folios(memfd, start, end, folios, max_folios, offset): FOLL_PIN | FOLL_LONGTERM
@memfd@
identifier fn = {memfd_pin_folios};
expression memfd, start, end, folios, max, off;
position p;
@@
fn@p(memfd, start, end, folios, max, off)

@script:python@
fn << memfd.fn; folios << memfd.folios; p << memfd.p;
@@
emit("gup", p, fn, "pin", "FOLL_PIN | FOLL_LONGTERM", folios)

// iov_iter_get_pages2(iter, pages, ...), iov_iter_get_pages_alloc2(iter, &pages, ...):
// get_user_pages_fast() (FOLL_GET) on user-backed iterators, get_page() on bvec pages.
// The unsuffixed names are the same calls before 6.0.
@iterget@
identifier fn = {iov_iter_get_pages2, iov_iter_get_pages_alloc2, iov_iter_get_pages, iov_iter_get_pages_alloc};
expression it, pages;
position p;
@@
fn@p(it, pages, ...)

@script:python@
fn << iterget.fn; pages << iterget.pages; p << iterget.p;
@@
emit("gup", p, fn, "get", "", pages)

// iov_iter_extract_pages(iter, &pages, maxsize, maxpages, extraction_flags, &offset)
@extract@
identifier fn = {iov_iter_extract_pages};
expression it, pages, maxsize, maxpages, xflags, off;
position p;
@@
fn@p(it, pages, maxsize, maxpages, xflags, off)

@script:python@
fn << extract.fn; xflags << extract.xflags; pages << extract.pages; p << extract.p;
@@
emit("gup", p, fn, "extract", xflags, pages)

// extract_iter_to_sg(iter, len, sgtable, sg_max, extraction_flags): extracts into an sg table
@extractsg@
identifier fn = {extract_iter_to_sg};
expression it, len, sgt, max, xflags;
position p;
@@
fn@p(it, len, sgt, max, xflags)

@script:python@
fn << extractsg.fn; xflags << extractsg.xflags; sgt << extractsg.sgt; p << extractsg.p;
@@
emit("gup", p, fn, "extract", xflags, sgt)

// bio_iov_iter_get_pages(bio, iter): the block layer's fill of a bio from an iterator
@biofill@
identifier fn = {bio_iov_iter_get_pages};
expression bio, it;
position p;
@@
fn@p(bio, it)

@script:python@
fn << biofill.fn; bio << biofill.bio; p << biofill.p;
@@
emit("gup", p, fn, "bio", "", bio)
