// releases.cocci: the calls that give page references back, the end_io a bio is
// given, and the BIO_* flags that decide what bio_release_pages() releases.
//
// Run alone:  spatch --very-quiet --no-includes --sp-file releases.cocci FILE.c ...
// One JSON line per match:
//   ["rel",   FILE, LINE, FUNCTION, CALLEE, KIND, FIRST_ARGUMENT]
//   ["endio", FILE, LINE, FUNCTION, BIO, END_IO]        E->bi_end_io = END_IO
//   ["flag",  FILE, LINE, FUNCTION, HOW, BIO, FLAG]     HOW: set | test | test-not
// KIND says which reference the call gives back:
//   put    a FOLL_GET reference (or any get_page()): put_page(), folio_put(), ...
//   unpin  a FOLL_PIN pin: unpin_user_page*(), unpin_folio*(), put_user_page*() (<5.6)
//   owner  a page the caller owns by other means: freed, returned to a mempool,
//          a buffer head released, writeback or the page lock ended (on a variable
//          declared struct page *, struct folio * or struct buffer_head *)
// bio_release_pages() and other wrappers are not listed here: pincheck follows
// them into their definitions (functions.cocci) down to one of these calls.

@initialize:python@
@@
import json

def emit(kind, p, *fields):
    print(json.dumps([kind, p[0].file, int(p[0].line), p[0].current_element] + list(fields)))

@put@
identifier fn = {put_page, folio_put, folio_put_refs, release_pages, put_pages_list,
                 page_cache_release, put_devmap_managed_page};
expression first;
position p;
@@
fn@p(first, ...)

@script:python@
fn << put.fn; first << put.first; p << put.p;
@@
emit("rel", p, fn, "put", first)

@unpin@
identifier fn = {unpin_user_page, unpin_user_pages, unpin_user_pages_dirty_lock,
                 unpin_user_page_range_dirty_lock, unpin_folio, unpin_folios,
                 unpin_user_folio, gup_put_folio, put_user_page, put_user_pages,
                 put_user_pages_dirty_lock};
expression first;
position p;
@@
fn@p(first, ...)

@script:python@
fn << unpin.fn; first << unpin.first; p << unpin.p;
@@
emit("rel", p, fn, "unpin", first)

// Only calls on a page, folio or buffer head count: a variable of that type, or a field
// named so (fi.folio, bvec->bv_page, bh->b_page); mempool_free() and the like also free
// bios and structs, which is no release of a page.
@owner@
identifier fn = {__free_page, __free_pages, free_page, free_pages, folio_free,
                 mempool_free, brelse, __brelse, put_bh, bforget, bio_free_pages,
                 folio_end_writeback, end_page_writeback,
                 folio_end_read, folio_unlock, unlock_page, end_buffer_async_write,
                 end_buffer_read_sync, end_buffer_write_sync, mark_buffer_async_write};
{struct page *, struct folio *, struct buffer_head *} first;
expression e;
identifier fld = {folio, page, bv_page, b_page, b_folio};
position p;
@@
(
fn@p(first, ...)
|
fn@p(e.fld, ...)
|
fn@p(e->fld, ...)
)

@script:python@
fn << owner.fn; first << owner.first; p << owner.p;
@@
emit("rel", p, fn, "owner", first)

@script:python@
fn << owner.fn; e << owner.e; fld << owner.fld; p << owner.p;
@@
emit("rel", p, fn, "owner", e + " . " + fld)

// The completion a bio gets: bio->bi_end_io = fn (or a function pointer variable)
@endio@
expression bio, fn;
position p;
@@
(
bio->bi_end_io@p = fn
|
bio.bi_end_io@p = fn
)

@script:python@
bio << endio.bio; fn << endio.fn; p << endio.p;
@@
emit("endio", p, bio, fn)

@flagset@
expression bio;
identifier flag;
position p;
@@
bio_set_flag@p(bio, flag)

@script:python@
bio << flagset.bio; flag << flagset.flag; p << flagset.p;
@@
emit("flag", p, "set", bio, flag)

@flagnot@
expression bio;
identifier flag;
position p;
@@
!bio_flagged@p(bio, flag)

@script:python@
bio << flagnot.bio; flag << flagnot.flag; p << flagnot.p;
@@
emit("flag", p, "test-not", bio, flag)

@flagtest@
expression bio;
identifier flag;
position p != flagnot.p;
@@
bio_flagged@p(bio, flag)

@script:python@
bio << flagtest.bio; flag << flagtest.flag; p << flagtest.p;
@@
emit("flag", p, "test", bio, flag)
