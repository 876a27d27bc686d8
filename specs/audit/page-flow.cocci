// page-flow.cocci: where pages go inside a function: the calls that hand a page to a
// bio, a bvec, an sg table, an skb or a mapping; assignments between page pointers
// (a local alias, a struct kept for later); pages returned; and assignments of gup
// flag variables (to read FOLL_LONGTERM and FOLL_WRITE from them).
//
// Run alone:  spatch --very-quiet --no-includes --sp-file page-flow.cocci FILE.c ...
// One JSON line per match:
//   ["sink",   FILE, LINE, FUNCTION, CALLEE, DESTINATION, HOLDER, PAGE]
//   ["assign", FILE, LINE, FUNCTION, LEFT, RIGHT]   one side a page pointer variable
//   ["return", FILE, LINE, FUNCTION, VALUE]          a page pointer returned
//   ["flags",  FILE, LINE, FUNCTION, VARIABLE, VALUE]  VARIABLE = or |= ... FOLL_*
// DESTINATION: bio, bvec, sg, skb, map (vmap: a kernel mapping kept while in use),
// iter (an ITER_BVEC iterator built on the pages).  HOLDER is the bio, bvec, table or
// skb; PAGE the page or page array handed over.  Page pointer variables are the
// locals and parameters declared struct page *, struct page **, struct page ***,
// struct folio *, struct folio ** or a struct bio_vec pointer (an array of pages with
// offsets); spatch knows their types from the declarations.

@initialize:python@
@@
import json

def emit(kind, p, *fields):
    print(json.dumps([kind, p[0].file, int(p[0].line), p[0].current_element] + list(fields)))

// bio_add_page(bio, page, len, off), bio_add_folio(bio, folio, len, off), ...
@to_bio@
identifier fn = {bio_add_page, __bio_add_page, bio_add_folio, bio_add_folio_nofail,
                 bio_add_zone_append_page};
expression holder, page;
position p;
@@
fn@p(holder, page, ...)

@script:python@
fn << to_bio.fn; holder << to_bio.holder; page << to_bio.page; p << to_bio.p;
@@
emit("sink", p, fn, "bio", holder, page)

// bio_add_pc_page(q, bio, page, len, off), bio_add_hw_page(q, bio, page, ...)
@to_biopc@
identifier fn = {bio_add_pc_page, bio_add_hw_page};
expression q, holder, page;
position p;
@@
fn@p(q, holder, page, ...)

@script:python@
fn << to_biopc.fn; holder << to_biopc.holder; page << to_biopc.page; p << to_biopc.p;
@@
emit("sink", p, fn, "bio", holder, page)

@to_bvec@
identifier fn = {bvec_set_page, bvec_set_folio};
expression holder, page;
position p;
@@
fn@p(holder, page, ...)

@script:python@
fn << to_bvec.fn; holder << to_bvec.holder; page << to_bvec.page; p << to_bvec.p;
@@
emit("sink", p, fn, "bvec", holder, page)

@to_bvfield@
expression holder, page;
position p;
@@
(
holder.bv_page@p = page
|
holder->bv_page@p = page
)

@script:python@
holder << to_bvfield.holder; page << to_bvfield.page; p << to_bvfield.p;
@@
emit("sink", p, "bv_page =", "bvec", holder, page)

@to_sg@
identifier fn = {sg_set_page, sg_set_folio, sg_alloc_table_from_pages,
                 sg_alloc_table_from_pages_segment, sg_alloc_append_table_from_pages,
                 __sg_alloc_table_from_pages};
expression holder, page;
position p;
@@
fn@p(holder, page, ...)

@script:python@
fn << to_sg.fn; holder << to_sg.holder; page << to_sg.page; p << to_sg.p;
@@
emit("sink", p, fn, "sg", holder, page)

// skb_fill_page_desc(skb, i, page, off, size), skb_add_rx_frag(skb, i, page, ...)
@to_skb@
identifier fn = {skb_fill_page_desc, __skb_fill_page_desc, skb_fill_page_desc_noacc,
                 skb_add_rx_frag};
expression holder, i, page;
position p;
@@
fn@p(holder, i, page, ...)

@script:python@
fn << to_skb.fn; holder << to_skb.holder; page << to_skb.page; p << to_skb.p;
@@
emit("sink", p, fn, "skb", holder, page)

@to_skbfrag@
identifier fn = {skb_frag_fill_page_desc, __skb_frag_set_page, skb_frag_page_copy};
expression holder, page;
position p;
@@
fn@p(holder, page, ...)

@script:python@
fn << to_skbfrag.fn; holder << to_skbfrag.holder; page << to_skbfrag.page; p << to_skbfrag.p;
@@
emit("sink", p, fn, "skb", holder, page)

@to_map@
identifier fn = {vmap, vm_map_ram};
expression page;
position p;
@@
fn@p(page, ...)

@script:python@
fn << to_map.fn; page << to_map.page; p << to_map.p;
@@
emit("sink", p, fn, "map", "", page)

// iov_iter_bvec(iter, direction, bvec, nr_segs, count)
@to_iter@
identifier fn = {iov_iter_bvec};
expression holder, dir, bv;
position p;
@@
fn@p(holder, dir, bv, ...)

@script:python@
fn << to_iter.fn; holder << to_iter.holder; bv << to_iter.bv; p << to_iter.p;
@@
emit("sink", p, fn, "iter", holder, bv)

// Assignments with a page pointer variable on either side.
@assignto@
{struct page *, struct page **, struct page ***, struct folio *, struct folio **,
 struct bio_vec *, struct bio_vec **} v;
expression e;
position p;
@@
v =@p e

@script:python@
v << assignto.v; e << assignto.e; p << assignto.p;
@@
emit("assign", p, v, e)

@assignfrom@
{struct page *, struct page **, struct page ***, struct folio *, struct folio **,
 struct bio_vec *, struct bio_vec **} v;
expression e;
position p != assignto.p;
@@
e =@p v

@script:python@
v << assignfrom.v; e << assignfrom.e; p << assignfrom.p;
@@
emit("assign", p, e, v)

// Declarations with an initial value: struct page **pages = dio->pages;
@declinit@
type T = {struct page *, struct page **, struct page ***, struct folio *, struct folio **,
 struct bio_vec *, struct bio_vec **};
identifier v;
expression e;
position p;
@@
T v@p = e;

@script:python@
v << declinit.v; e << declinit.e; p << declinit.p;
@@
emit("assign", p, v, e)

@ret@
{struct page *, struct page **, struct folio *, struct bio_vec *} v;
position p;
@@
return@p v;

@script:python@
v << ret.v; p << ret.p;
@@
emit("return", p, v)

@gupflags@
identifier x;
expression e;
position p;
@@
(
x =@p e
|
x |=@p e
)

@script:python@
x << gupflags.x; e << gupflags.e; p << gupflags.p;
@@
if "FOLL_" in e:
    emit("flags", p, x, e)
