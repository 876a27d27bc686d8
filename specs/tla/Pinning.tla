------------------------------ MODULE Pinning ------------------------------
(***************************************************************************)
(* Pages, iterators, bios and the actors of a kernel I/O path, under one   *)
(* design: a real kernel (Debian's linux-source-6.1 = 6.1.192 and          *)
(* linux-source-6.12 = 6.12.117, each operator as that version's source    *)
(* does it, cited as version file:function), or one of the proposals of    *)
(* "Keep track of GUPed pages in fs and block" (linux-kernel, April 2019). *)
(*                                                                         *)
(* The scenario (pages, iterators, bios, one program per actor, and the    *)
(* references its calls take) comes in as constants from a generated glue *)
(* module; this module holds every kernel operation once, named as in C.   *)
(* KERNEL says whose code the program follows: "6.1", "6.12", or "2019",   *)
(* the path as the thread describes it, which is what its proposals change.*)
(*                                                                         *)
(* References are tokens. Every call that takes references (a GUP over an  *)
(* iterator, get_page, folio_add_pin, the filesystem taking ZERO_PAGE)     *)
(* takes one token per page it names, in order, so a page named twice in  *)
(* one iterator is two references. Java resolves, in program order, which  *)
(* token each later call hands on or releases (the oldest still held), and *)
(* the glue gives each token its page (TokPage), the call that takes it    *)
(* (TokOp) and that call's iterator (TokIter, "" for none). How a token's  *)
(* reference is taken (FOLL_PIN, FOLL_GET / get_page, or none) is decided *)
(* here, per call and per kernel: TokHow.                                  *)
(*                                                                         *)
(* Simplifications (also stated in every report):                          *)
(*  - numbers are scaled: BIAS for GUP_PIN_COUNTING_BIAS (1024), REF_MAX   *)
(*    for INT_MAX, ZERO_BASE for ZERO_PAGE's boot-time _refcount;          *)
(*  - a GUP takes every page of its iterator in one step (the C code loops *)
(*    over iovec segments, DIO_PAGES at a time); a GUP for write that must *)
(*    wait for writeback waits before taking any page, not midway;         *)
(*  - a GUP that faults (-EFAULT) or is refused (-ENOMEM) keeps the pages  *)
(*    taken before it, as __get_user_pages() returns a short count; later  *)
(*    calls on the references it did not get are skipped; a FOLL_LONGTERM *)
(*    pin that cannot migrate a page gives back every pin it took and     *)
(*    fails (mm/gup.c migrate_longterm_unpinnable_folios, -ENOMEM);       *)
(*  - the device's DMA happens at any time between submit_bio() and        *)
(*    bio_endio(): a page freed in between is a use-after-free;            *)
(*  - a page-cache page's PTE that page_mkclean() write-protected stays    *)
(*    so until writeback ends; a GUP for write then faults and, when the   *)
(*    mapping needs stable writes, waits in page_mkwrite (folio_wait_stable*)
(*    in mm/page-writeback.c, 6.1.192 and 6.12 alike);                     *)
(*  - writeback never asks folio_maybe_dma_pinned() in either kernel (6.12 *)
(*    ext4_journalled_dirty_folio asks when data=journal dirties a folio,  *)
(*    to journal it, neither skipping nor waiting); the WRITEBACK knob's   *)
(*    "skip-pinned" is the HYPOTHETICAL policy where it does (at           *)
(*    page_mkclean time) and redirties a maybe-pinned page;                *)
(*  - fs/direct-io.c's dio_refill_pages, when the GUP of a write faults    *)
(*    with blocks left to map, queues ZERO_PAGE in its place; the model's  *)
(*    faulting GUP just takes nothing;                                     *)
(*  - a bvec's bytes are scaled (PAGE units per page); two adds merge     *)
(*    into one bvec when contiguous in one folio and taken the same way   *)
(*    (the C code looks only at physical adjacency); the device completes *)
(*    a merged request's bios in one step (blk_update_request may end them*)
(*    one by one); a read bio's pages are dirtied at completion whatever  *)
(*    the end_io (no property reads the dirty bit but writeback);         *)
(*  - a page-cache page starts dirty (the process wrote through its       *)
(*    mapping before the path starts): writeback picks only dirty pages;  *)
(*  - reclaim (shrink_folio_list) that keeps a page leaves it mapped: the  *)
(*    kernel's try_to_unmap drops the mapping, and the next access maps   *)
(*    the same page back from the page cache or swap cache; a page reclaim*)
(*    frees is not faulted back in: a later GUP of its address fails as on*)
(*    an unmapped one (the kernel would fault in a new page, which the    *)
(*    model would not follow);                                            *)
(*  - the model follows physical pages. When the process's address moves  *)
(*    to a new page (a COW copy for the process, a migration that ignores *)
(*    references) the model keeps following the old page, the one the    *)
(*    references are on, and the address's new page is out of the model: *)
(*    a later call on that address is recorded as "unfollowed" (the       *)
(*    condition NeverUnfollowed) and does nothing; the child's pages      *)
(*    after fork are not followed either (only its mapping reference).   *)
(***************************************************************************)
EXTENDS PageRef, Integers, Sequences, FiniteSets

CONSTANTS
    KERNEL,            \* "2019" | "6.1" | "6.12": whose code the program follows
    \* --- the scenario ------------------------------------------------------
    Pages, PageKind,   \* PageKind[p] \in {"user", "pagecache", "zero", "kernel"}
    Large,             \* Large[p]: the page is part of a large folio
    Stable,            \* Stable[p]: its mapping needs stable writes (SB_I_STABLE_WRITES)
    Movable,           \* Movable[p]: in ZONE_MOVABLE or a CMA pageblock (not longterm pinnable)
    Iters, IterKind,   \* IterKind[i] \in {"iovec", "ubuf", "bvec", "kvec", "pipe"}
    IterDir,           \* "source" (data read from the pages) or "dest" (FOLL_WRITE)
    IterPages,         \* IterPages[i]: the pages, in order (a page may repeat)
    Bios, BioOp,       \* BioOp[b] \in {"read", "write"}
    BioEndIo,          \* BioEndIo[b]: the C name of the bio's bi_end_io
    BioDeferred,       \* the end_io queues the release to a workqueue (cifs)
    BioNoRelease,      \* the end_io releases nothing (its owner does, or nobody)
    BioAsTaken,        \* the end_io gives each page back the way it was taken with a
                       \* loop of its own (6.1 cifs_uncached_readdata_release puts,
                       \* 6.12 netfs_free_request unpins), not bio_release_pages()
    Actors,            \* the scenario's actors (the completion context is "irq")
    Prog,              \* Prog[a]: sequence of [op, args, site, toks]
    Toks,              \* every reference a call of the programs may take
    TokPage, TokOp, TokIter,
    TokLong,           \* TokLong[t]: taken by a FOLL_LONGTERM pin
    TokDep,            \* TokDep[t]: {} or {the token t rests on}: t is not taken if that was not
    TokOff, TokLen,    \* the bytes of the folio token t's page holds data in (scaled
                       \* units: PAGE units a page); a page of a large folio is named
                       \* once per page in its iterator
    PAGE,              \* units per page (PAGE_SIZE 4096 scaled, see the reports)
    \* --- design knobs (PageRef.tla has the accounting ones) -----------------
    END_IO,            \* what bio_release_pages() / the end_io releases:
                       \* "no-page-ref" (6.1: put_page unless BIO_NO_PAGE_REF),
                       \* "page-pinned" (6.12: unpin iff BIO_PAGE_PINNED);
                       \* proposals: "put-all" | "unpin-all" | "split" |
                       \* "common-bool" | "per-page-mark" | "submitter"
    RELEASE,           \* what a put_page() call site of iterator pages does:
                       \* "put_page" (as written: the kernels) | proposals:
                       \* "put_user_page" | "iov_iter_put_pages"
    GET_PAGES,         \* what iov_iter_get_pages*() takes on user pages:
                       \* "foll-get" (get_user_pages_fast, the kernels) |
                       \* "pin" (the 2019 plan: convert those sites to pins)
    ZERO_PAGE_POLICY,  \* how fs/direct-io.c takes the ZERO_PAGE it adds:
                       \* "get" (6.1 get_page) | "add-pin" (6.12 dio_pin_page ->
                       \* folio_add_pin) | "pin" (the thread: "take a GUP-ref on
                       \* the ZERO_PAGE as well") | "no-ref" (HYPOTHETICAL here;
                       \* iomap's separate zeroing bio does it)
    FILL_RULE,         \* "any": bio_add_page() accepts any page (both kernels);
                       \* "one-iter": HYPOTHETICAL, refuses a page the bio would
                       \* release the wrong way
    MERGE,             \* "own-end-io": merged bios keep their bi_end_io (the
                       \* kernels); "shared-end-io": HYPOTHETICAL, the request's
                       \* first bio's end_io releases every merged bio's pages;
                       \* "none": no merging
    FORK,              \* "cow-for-dma": fork copies a maybe-pinned exclusive anon
                       \* page for the child (6.1, 6.12 mm/memory.c:copy_present_pte
                       \* -> page/folio_needs_cow_for_dma); "share": it shares every
                       \* page (before v5.10, "mm: Do early cow for pinned pages
                       \* during fork() for ptes")
    MIGRATE,           \* "expected-refs": migration freezes the refcount at the
                       \* count the mappings account for and fails on any other
                       \* (mm/migrate.c:folio_migrate_mapping); "ignore-refs":
                       \* HYPOTHETICAL, it moves the page regardless
    LONGTERM,          \* "migrate-first": a FOLL_LONGTERM pin moves a page out of
                       \* ZONE_MOVABLE/CMA before pinning it (mm/gup.c:
                       \* check_and_migrate_movable_pages); "pin-in-place": pins it
                       \* where it is (before v5.7, "mm/gup: migrate pages out of
                       \* ZONE_MOVABLE")
    RECLAIM,           \* "freeze": reclaim frees a folio only when its refcount
                       \* freezes at the expected count (mm/vmscan.c:
                       \* __remove_mapping); "no-freeze": HYPOTHETICAL, it drops the
                       \* page from its file or process regardless
    SAME_PAGE,         \* "drop": a same-page bvec merge on the iterator path gives the
                       \* extra reference back (6.1 block/bio.c:bio_iov_add_page
                       \* put_page, 6.12 bio_iov_add_folio unpin_user_folio(folio, 1):
                       \* "block: fix page leak when merging to same page"); "keep":
                       \* before that fix, it leaks
    RELEASE_NR,        \* "spanned": __bio_release_pages releases the pages a bvec's
                       \* bytes touch (6.1.192, 6.12 block/bio.c: nr_pages from offset
                       \* and length); "length": before "block: Fix page refcounts for
                       \* unaligned buffers in __bio_release_pages()", len / PAGE_SIZE
                       \* rounded up
    WRITEBACK          \* "no-check": writeback never asks whether a page is
                       \* pinned (both kernels); "skip-pinned": HYPOTHETICAL,
                       \* folio_maybe_dma_pinned() at page_mkclean time and a
                       \* maybe-pinned page is redirtied, not written

VARIABLES
    page,    \* page[p]: the struct page record of PageRef.tla
    bio,     \* bio[b]: [state, pages, endio, flags, rq]; pages are
             \* [pg, how, gup] (gup: the reference came from a GUP of user
             \* memory); rq is the first bio of the request b was merged into
    wq,      \* bios whose end_io queued their release to the workqueue
    got,     \* the tokens (references) the actors hold
    missed,  \* the tokens a GUP did not obtain (it faulted or was refused)
    pc,      \* pc[a]: index of a's next call in Prog[a]
    seen,    \* seen[a]: pages writeback actor a found maybe-pinned
    hasPinned, \* MMF_HAS_PINNED of the process's mm: a FOLL_PIN GUP happened
    bad,     \* harms and reachable conditions so far: [harm, page]
             \* records (history, for the properties and conditions)
    ev       \* the call this step made; not part of the state (see VIEW)

vars == <<page, bio, wq, got, missed, pc, seen, hasPinned, bad, ev>>
View == <<page, bio, wq, got, missed, pc, seen, hasPinned, bad>>

IsZero(p) == PageKind[p] = "zero"
UserBacked(i) == i \in Iters /\ IterKind[i] \in {"iovec", "ubuf"}
\* The filesystem takes the ZERO_PAGE it adds (fs/direct-io.c dio_zero_block).
FsZero == "fs_zero"

-----------------------------------------------------------------------------
(* How each call takes its references.                                    *)

\* The GUP behind iov_iter_get_pages2() / _alloc2() (6.1 and 6.12
\* lib/iov_iter.c:__iov_iter_get_pages_alloc) and 2019's iov_iter_get_pages():
\* get_user_pages_fast() on user memory (FOLL_GET; the proposals convert it to
\* a pin), get_page() on each bvec page and each pipe buffer (6.1
\* pipe_get_pages); a kvec fails with -EFAULT (see GetFaults).
GetPagesOps == {"iov_iter_get_pages", "iov_iter_get_pages_alloc",
                "iov_iter_get_pages2", "iov_iter_get_pages_alloc2"}
GetPagesHow(it) ==
    CASE UserBacked(it)                     -> IF GET_PAGES = "pin" THEN "pin" ELSE "get"
      [] IterKind[it] \in {"bvec", "pipe"}  -> "get"
      [] OTHER                              -> "none"

\* 6.12 lib/iov_iter.c:iov_iter_extract_pages: pin_user_pages_fast() on user
\* memory; bvec and kvec pages are listed with no reference.
ExtractHow(it) == IF UserBacked(it) THEN "pin" ELSE "none"

\* block/bio.c:bio_iov_iter_get_pages: a bvec iterator is attached as it is
\* (bio_iov_bvec_set, no reference, both kernels); otherwise 6.12 extracts
\* (__bio_iov_iter_get_pages -> iov_iter_extract_pages) and 6.1 and 2019 get
\* (-> iov_iter_get_pages2 / iov_iter_get_pages).
BioIterHow(it) ==
    CASE IterKind[it] = "bvec" -> "none"
      [] KERNEL = "6.12"       -> ExtractHow(it)
      [] OTHER                 -> GetPagesHow(it)

\* What fs/direct-io.c takes on the ZERO_PAGE it adds.
ZeroHow == CASE ZERO_PAGE_POLICY \in {"pin", "add-pin"} -> "pin"
             [] ZERO_PAGE_POLICY = "get"               -> "get"
             [] ZERO_PAGE_POLICY = "no-ref"            -> "none"

PinOps == {"pin_user_pages", "pin_user_pages_fast"}
GetUserOps == {"get_user_pages", "get_user_pages_fast"}
\* The calls that take references on each page of an iterator.
IterTakeOps == GetPagesOps \cup PinOps \cup GetUserOps \cup {"iov_iter_extract_pages", "vmsplice"}

TakeHow(t) ==
    LET op == TokOp[t]  it == TokIter[t] IN
    CASE op \in GetPagesOps \cup {"vmsplice"} -> GetPagesHow(it)
      [] op = "iov_iter_extract_pages"    -> ExtractHow(it)
      [] op = "bio_iov_iter_get_pages"    -> BioIterHow(it)
      [] op \in PinOps                    -> "pin"     \* mm/gup.c FOLL_PIN
      [] op \in GetUserOps                -> "get"     \* mm/gup.c FOLL_GET
      [] op = "get_page"                  -> "get"
      [] op = "folio_add_pin"             -> "pin"
      [] op = FsZero                      -> ZeroHow

\* Constant tables, evaluated once by TLC.
TokHow == [t \in Toks |-> TakeHow(t)]
\* The page came from a GUP of user memory (FOLL_GET or FOLL_PIN): taken from a
\* user-backed iterator, or a user page in a bvec, which only a GUP put there
\* (vmsplice's iov_iter_get_pages2, io_uring's pin_user_pages).
TokGup == [t \in Toks |-> TokOp[t] \in IterTakeOps \cup {"bio_iov_iter_get_pages"}
                          /\ (UserBacked(TokIter[t])
                              \/ (TokIter[t] \in Iters /\ IterKind[TokIter[t]] = "bvec"
                                  /\ PageKind[TokPage[t]] = "user"))]

\* A GUP that fails at once with -EFAULT, taking nothing: iov_iter_get_pages2()
\* of a kvec (lib/iov_iter.c:__iov_iter_get_pages_alloc returns -EFAULT).
GetFaults(op, it) ==
    IterKind[it] = "kvec" /\
    (op \in GetPagesOps \/ (op = "bio_iov_iter_get_pages" /\ KERNEL # "6.12"))

-----------------------------------------------------------------------------
(* Bios in flight and what the device does to their pages.               *)

BioPages(b, bs) == {bs[b].pages[k].pg : k \in 1..Len(bs[b].pages)}
InFlight(bs) == {b \in Bios : bs[b].state = "inflight"}
DmaPages(bs) == UNION {BioPages(b, bs) : b \in InFlight(bs)}
\* A READ bio's device writes into memory: the page content changes under DMA.
DmaWritePages(bs) == UNION {BioPages(b, bs) : b \in {x \in InFlight(bs) : BioOp[x] = "read"}}

\* iov_iter_put_pages() (proposed in the thread): release the way taken.
ExactMode(how) == CASE how = "pin" -> "unpin" [] how = "get" -> "put" [] OTHER -> "none"

(* What bio_release_pages() does with one page of bio b, per the design.   *)
(*  6.1  include/linux/bio.h:bio_release_pages: __bio_release_pages (put   *)
(*       each folio) unless BIO_NO_PAGE_REF;                               *)
(*  6.12 include/linux/bio.h:bio_release_pages: __bio_release_pages        *)
(*       (unpin_user_folio per folio) only when BIO_PAGE_PINNED; otherwise *)
(*       nothing: the bio's owner keeps the pages.                         *)
(* The proposals' end_io variants as the thread names them.                *)
BioReleaseMode(b, how) ==
    CASE END_IO = "no-page-ref"   -> IF "BIO_NO_PAGE_REF" \in bio[b].flags THEN "none" ELSE "put"
      [] END_IO = "page-pinned"   -> IF "BIO_PAGE_PINNED" \in bio[b].flags THEN "unpin" ELSE "none"
      [] END_IO = "put-all"       -> "put"
      [] END_IO = "unpin-all"     -> "unpin"
      [] END_IO = "split"         -> IF bio[b].endio = "gup" THEN "unpin" ELSE "put"
      [] END_IO = "common-bool"   -> IF \E k \in 1..Len(bio[b].pages) : bio[b].pages[k].how = "pin"
                                     THEN "unpin" ELSE "put"
      [] END_IO = "per-page-mark" -> CASE how = "pin" -> "unpin"
                                       [] how = "get" -> "put"
                                       [] OTHER       -> "none"
      [] END_IO = "submitter"     -> "none"

\* What the bio's end_io releases: nothing when it releases nothing itself; in a
\* kernel, each page as it was taken when the end_io has a release loop of its
\* own (under the proposals that loop is what their end_io design converts).
EndIoMode(b, how) ==
    CASE BioNoRelease[b]                    -> "none"
      [] BioAsTaken[b] /\ KERNEL # "2019"  -> ExactMode(how)
      [] OTHER                              -> BioReleaseMode(b, how)

\* The C function bio_endio() calls, as the thread names the variants.
EndIoName(b) ==
    CASE END_IO = "split"       -> BioEndIo[b] \o (IF bio[b].endio = "gup" THEN "_gup" ELSE "_normal")
      [] END_IO = "common-bool" -> BioEndIo[b] \o "_common"
      [] OTHER                  -> BioEndIo[b]

\* What a put_page() call site releasing iterator pages does once converted.
SiteMode(how) ==
    CASE RELEASE = "put_page"           -> "put"
      [] RELEASE = "put_user_page"      -> "unpin"
      [] RELEASE = "iov_iter_put_pages" -> ExactMode(how)


-----------------------------------------------------------------------------
(* Each recursive operator below is Op(w0, ...) == CHOOSE v \in {Op_(x, ...) :  *)
(* x \in {w0}} : TRUE around its body Op_: the same value, but TLC binds the   *)
(* world once per level, where inside ENABLED (liveness) it re-evaluated it  *)
(* at every use, multiplying the cost at each level (docs/perf/issue16.md).  *)
(* A step works on a "world" w = [page, harm, got, missed, note] and     *)
(* commits it.                                                           *)

Harms(hs, p) == {[harm |-> h, page |-> p] : h \in hs}

\* The count the page's owners account for: the process's mapping, the
\* child's after fork, the page cache, a kernel page's owner (ZERO_PAGE: its
\* boot count). Migration and reclaim freeze the count at this.
ExpectedOf(pg, p) ==
    IF IsZero(p) THEN ZERO_BASE
    ELSE (IF pg.mapped THEN 1 ELSE 0) + (IF pg.child THEN 1 ELSE 0) + (IF pg.cache THEN 1 ELSE 0)
         + (IF PageKind[p] = "kernel" THEN 1 ELSE 0)

World == [page |-> page, harm |-> {}, got |-> got, missed |-> missed, note |-> "", hasPinned |-> hasPinned]

\* Apply a PageRef result for page p to the world.
Apply(w, p, r) == [w EXCEPT !.page[p] = r.pg, !.harm = @ \cup Harms(r.harm, p)]

\* Release one reference of page p taken as `how`, with `mode`.
ReleaseOne(w, p, how, mode) ==
    [Apply(w, p, Release(w.page[p], mode, Large[p], IsZero(p)))
        EXCEPT !.harm = @ \cup (IF Mismatch(how, mode) THEN Harms({"mismatch"}, p) ELSE {})]

\* The ghost counts of page p after a GUP reference (longterm or not) came or went.
GhostGup(w, p, gup, long, d) ==
    [w EXCEPT !.page[p].gups = @ + (IF gup THEN d ELSE 0),
              !.page[p].ltpins = @ + (IF long THEN d ELSE 0)]

\* Release reference token t with `mode`: its page, how it was taken, the ghosts.
ReleaseTok(w, t, mode) ==
    GhostGup(ReleaseOne(w, TokPage[t], TokHow[t], mode), TokPage[t],
             TokGup[t] /\ TokHow[t] # "none" /\ mode # "none", TokLong[t] /\ mode # "none", -1)

\* The references a bvec of bytes [off, off + len) of a folio holds: one per
\* page it touches; how many __bio_release_pages gives back, per RELEASE_NR.
Spanned(off, len) == (off + len - 1) \div PAGE - off \div PAGE + 1
ReleaseNr(e) == IF RELEASE_NR = "spanned" THEN Spanned(e.off, e.len) ELSE (e.len + PAGE - 1) \div PAGE

\* Release a bio's entry e with `mode`: each reference of the pages it spans.
RECURSIVE ReleaseEntryN(_, _, _, _), ReleaseEntryN_(_, _, _, _)
ReleaseEntryN(w0, e, mode, n) == CHOOSE v \in {ReleaseEntryN_(x, e, mode, n) : x \in {w0}} : TRUE
ReleaseEntryN_(w, e, mode, n) ==
    IF n = 0 THEN w
    ELSE ReleaseEntryN(GhostGup(ReleaseOne(w, e.pg, e.how, mode), e.pg, e.gup /\ e.how # "none" /\ mode # "none",
                                FALSE, -1), e, mode, n - 1)
ReleaseEntry(w, e, mode) == ReleaseEntryN(w, e, mode, ReleaseNr(e))

\* Pages this step freed while a device may still access them.
FreedUnderDma(pg2, bs2) ==
    {[harm |-> "uaf", page |-> p] : p \in {q \in DmaPages(bs2) : pg2[q].freed /\ ~page[q].freed}}

Event(a, c, note) ==
    [actor |-> a, call |-> c.op, args |-> c.args, site |-> c.site, note |-> note]

\* Commit an actor's step: the world, the bios after it, and the event.
\* w0 and bs0 are bound once (\E over a singleton, as in bio_endio), not
\* re-evaluated at each use when TLC checks fairness.
Commit(a, c, w0, bs0) ==
    \E w \in {w0} : \E bs2 \in {bs0} :
        /\ page' = w.page
        /\ bio' = bs2
        /\ got' = w.got
        /\ missed' = w.missed
        /\ hasPinned' = w.hasPinned
        /\ pc' = [pc EXCEPT ![a] = @ + 1]
        /\ bad' = bad \cup w.harm \cup FreedUnderDma(w.page, bs2)
        /\ ev' = Event(a, c, w.note)
        /\ UNCHANGED wq

\* A call on a reference its GUP did not obtain does nothing.
\* The token a call hands on or releases ("" when it names none).
Tok(c) == IF c.toks = <<>> THEN "" ELSE c.toks[1]
\* The same as a set: TLC compares no string with a tuple, so a set must never mix "" and tokens.
TokSet(c) == {c.toks[k] : k \in 1..Len(c.toks)}

\* A further reference on a page whose first reference (TokDep) was never got.
OnMissed(c) == TokDep[Tok(c)] \cap missed # {}

\* The call's own token, if it takes one, is not obtained either.
Skipped(a, c, p) == Commit(a, c, [World EXCEPT !.note = "skipped: " \o p \o " was not obtained",
                                             !.missed = @ \cup TokSet(c)], bio)

-----------------------------------------------------------------------------
(* The calls an actor's program can make.                                 *)

\* GUP stopped: the references from here on were not obtained.
Miss(w, todo, why) ==
    [w EXCEPT !.missed = @ \cup {todo[k] : k \in 1..Len(todo)}, !.note = why]

\* Release each token of todo still held: the way it was taken ("exact"),
\* or with an unpin ("unpin").
RECURSIVE PutEach(_, _, _), PutEach_(_, _, _)
PutEach(w0, todo, rule) == CHOOSE v \in {PutEach_(x, todo, rule) : x \in {w0}} : TRUE
PutEach_(w, todo, rule) ==
    IF todo = <<>> THEN w
    ELSE LET t == Head(todo)  p == TokPage[t]
             mode == IF rule = "unpin" THEN "unpin" ELSE ExactMode(TokHow[t]) IN
         PutEach(IF t \in w.got
                 THEN [ReleaseTok(w, t, mode) EXCEPT !.got = @ \ {t}]
                 ELSE w,
                 Tail(todo), rule)

\* folio_add_pin's WARN_ON_ONCE (6.12 mm/gup.c): _pincount < 1 on a large folio,
\* the signed _refcount < GUP_PIN_COUNTING_BIAS on a small one, so a wrapped count
\* warns (folio_maybe_dma_pinned reads it unsigned, as pinned).
NotPinnedForAddPin(pg, isLarge) ==
    IF PIN_ACCOUNTING = "bias" THEN (IF isLarge THEN pg.pin < 1 ELSE pg.ref < BIAS)
    ELSE ~MaybeDmaPinned(pg, isLarge)

\* do_wp_page's reuse of a write-protected anon page: exclusive, or no other
\* reference (6.1 mm/memory.c:do_wp_page); 6.12 never reuses a large folio
\* that is not exclusive (mm/memory.c:wp_can_reuse_anon_folio).
Reusable(pg, p) == pg.anonx \/ (pg.ref = 1 /\ ~(KERNEL = "6.12" /\ Large[p]))

(* Take each reference of todo in order (lib/iov_iter.c, mm/gup.c). On     *)
(* user memory this is get_user_pages_fast() / pin_user_pages_fast(): an   *)
(* unmapped address faults with -EFAULT and takes nothing more; the grab   *)
(* path's overflow check refuses with -ENOMEM (6.12 mm/gup.c               *)
(* try_grab_folio, 6.1 try_grab_page: WARN_ON_ONCE(folio_ref_count <= 0)).*)
RECURSIVE GupEach(_, _, _), GupEach_(_, _, _)
GupEach(w0, it, todo) == CHOOSE v \in {GupEach_(x, it, todo) : x \in {w0}} : TRUE
GupEach_(w, it, todo) ==
    IF todo = <<>> THEN w
    ELSE LET t == Head(todo)  p == TokPage[t]  pg == w.page[p]
             \* A pin, or a GUP for write, of a COW-shared anon page unshares it first
             \* (mm/gup.c gup_must_unshare / FOLL_WRITE fault -> do_wp_page): a copy
             \* for the process when another reference remains.
             unshare == UserBacked(it) /\ PageKind[p] = "user" /\ ~pg.anonx
                        /\ (TokHow[t] = "pin" \/ IterDir[it] = "dest")
             longMove == TokLong[t] /\ pg.movable /\ LONGTERM = "migrate-first"
         IN
         IF TokDep[t] \cap w.missed # {}
         THEN GupEach([w EXCEPT !.missed = @ \cup {t},
                                !.note = "skipped: " \o p \o " was not obtained"], it, Tail(todo))
         ELSE IF UserBacked(it) /\ (~pg.mapped \/ pg.freed)
         THEN Miss(w, todo, "-EFAULT: " \o p \o " is not mapped")
         ELSE IF unshare /\ ~Reusable(pg, p)
         THEN GupEach(Miss([w EXCEPT !.harm = @ \cup Harms({"unfollowed"}, p)], <<t>>,
                           "COW unshare: " \o p \o "'s address gets a copy the model does not follow"),
                      it, Tail(todo))
         ELSE IF UserBacked(it) /\ GrabRefused(pg)
         THEN Miss([w EXCEPT !.harm = @ \cup Harms({"grab-refused"} \cup Warn(TRUE, "grab"), p)], todo,
                   "-ENOMEM: " \o p \o "._refcount <= 0, grab refused")
         ELSE IF longMove /\ pg.ref # ExpectedOf(pg, p)
         THEN LET earlier == [j \in 1..(t[3] - 1) |-> <<t[1], t[2], j>>] IN
              Miss(PutEach(w, earlier, "unpin"), earlier \o todo,
                   "-ENOMEM: " \o p \o " is not longterm pinnable and cannot be migrated"
                   \o " (other references); the pins this call took are given back")
         ELSE LET w1 == IF longMove
                        THEN [w EXCEPT !.page[p].movable = FALSE]
                        ELSE IF unshare THEN [w EXCEPT !.page[p].anonx = TRUE, !.page[p].wp = FALSE]
                        ELSE w
                  w2 == Apply(w1, p, Take(w1.page[p], TokHow[t], Large[p], IsZero(p)))
              IN GupEach([GhostGup(w2, p, TokGup[t] /\ TokHow[t] # "none", TokLong[t], 1)
                             EXCEPT !.got = @ \cup {t},
                                    !.hasPinned = @ \/ (TokHow[t] = "pin" /\ UserBacked(it))],
                         it, Tail(todo))

\* Take an iterator's references: all of them, or none on an early -EFAULT.
TakeAll(w, op, it, toks) ==
    IF GetFaults(op, it) THEN Miss(w, toks, "-EFAULT: a kvec has no pages to get")
    ELSE GupEach(w, it, toks)

\* FOLL_WRITE faults on a PTE page_mkclean() write-protected; page_mkwrite
\* waits for writeback only when the mapping needs stable writes
\* (mm/page-writeback.c:folio_wait_stable, 6.1.192 and 6.12).
GupMustWait(it) ==
    UserBacked(it) /\ IterDir[it] = "dest" /\
    \E k \in 1..Len(IterPages[it]) : page[IterPages[it][k]].writeback /\ Stable[IterPages[it][k]]

(* iov_iter_get_pages2() / _alloc2() (FOLL_GET), iov_iter_extract_pages()  *)
(* (FOLL_PIN), 2019's iov_iter_get_pages(), pin_user_pages*() and          *)
(* get_user_pages*() over the pages of an iterator.                        *)
gup(a, c) == Commit(a, c, TakeAll(World, c.op, c.args[1], c.toks), bio)

\* Would the bio's release give back a page taken as `how` the way it was taken?
Compatible(b, how, p) ==
    \/ bio[b].pages = <<>>
    \/ LET e1 == bio[b].pages[1] IN
       IF END_IO = "per-page-mark" THEN TRUE
       ELSE \/ ExactMode(how) = ExactMode(e1.how)
            \/ IsZero(p) /\ PinNeutral(TRUE) /\ e1.how = "pin"

(* Append page p to bio b, its reference taken as `how`, in world w. The  *)
(* first page decides the proposals' _normal/_gup end_io (split). Under    *)
(* the HYPOTHETICAL one-iter fill rule a page the bio would release the   *)
(* wrong way is refused and its reference given back; no kernel has it:   *)
(* 6.12 block/bio.c:bio_add_page checks only room and the size limit.     *)
AddPage(w, bs, b, p, how, fromGup, t, iterPath) ==
    LET ts == IF t = "" THEN {} ELSE {t}  \* see TokSet
        first == bs[b].pages = <<>>
        endio == IF first THEN (IF how = "pin" THEN "gup" ELSE "normal") ELSE bs[b].endio
        off == IF t = "" THEN 0 ELSE TokOff[t]
        len == IF t = "" THEN PAGE ELSE TokLen[t]
        last == IF first THEN [pg |-> "", off |-> 0, len |-> 0] ELSE bs[b].pages[Len(bs[b].pages)]
        \* bvec_try_merge_page: the data starts right after the last bvec's end, in the
        \* same folio; same_page when that end is inside a page, not at its boundary.
        merge == ~first /\ last.pg = p /\ last.off + last.len = off /\ last.how = how
        samePage == merge /\ off % PAGE # 0
        drop == samePage /\ iterPath /\ SAME_PAGE = "drop" /\ t # "" /\ t \in w.got
                /\ (KERNEL # "6.12" \/ "BIO_PAGE_PINNED" \in bs[b].flags)
        pages == IF merge THEN [bs[b].pages EXCEPT ![Len(bs[b].pages)].len = @ + len]
                 ELSE Append(bs[b].pages, [pg |-> p, how |-> how, gup |-> fromGup, off |-> off, len |-> len])
    IN
    IF FILL_RULE = "one-iter" /\ ~Compatible(b, how, p)
    THEN [w |-> [(IF ts \cap w.got = {} THEN ReleaseOne(w, p, how, ExactMode(how))
                  ELSE ReleaseTok(w, t, ExactMode(how)))
                    EXCEPT !.harm = @ \cup Harms({"fill-rejected"}, p),
                           !.got = @ \ ts,
                           !.note = "HYPOTHETICAL fill rule: rejected, one release mode per bio; "
                                    \o p \o " given back"],
          bs |-> bs]
    ELSE [w |-> IF drop
                THEN [ReleaseTok(w, t, ExactMode(how)) EXCEPT !.got = @ \ {t},
                          !.note = "same-page merge into " \o b \o "'s last bvec: the extra reference on "
                                   \o p \o " given back"]
                ELSE [w EXCEPT !.harm = @ \cup Harms(Touch(w.page[p]), p)],
          bs |-> [bs EXCEPT ![b].pages = pages, ![b].endio = endio]]

(* bio_add_page() (block/bio.c): append the page. It takes no reference;  *)
(* the bio's release gives back the one its filler holds (the token the   *)
(* call names), or none when the page's owner keeps it (a buffer head's   *)
(* page-cache page). ZERO_PAGE the filesystem adds is taken here, as      *)
(* fs/direct-io.c's submit_page_section() does (6.1 get_page, 6.12         *)
(* dio_pin_page -> folio_add_pin, which returns at once for the zero folio*)
(* and otherwise WARNs if the folio is not pinned already).               *)
bio_add_page(a, c) ==
    LET b == c.args[1]  p == c.args[2]  t == Tok(c)
        fsZero == t # "" /\ TokOp[t] = FsZero
        how == IF t = "" THEN "none" ELSE TokHow[t]
        addPinWarn == Warn(ZERO_PAGE_POLICY = "add-pin" /\ ~PinNeutral(TRUE)
                           /\ NotPinnedForAddPin(page[p], Large[p]), "add-pin")
        w1 == IF fsZero
              THEN [Apply(World, p, Take(page[p], how, Large[p], TRUE)) EXCEPT !.harm = @ \cup Harms(addPinWarn, p)]
              ELSE World
        r == AddPage(w1, bio, b, p, how, t # "" /\ TokGup[t], t, FALSE)
    IN
    \* ZERO_PAGE only zeroes a block the data GUP mapped: with its first page
    \* not obtained there is none (6.1/6.12 fs/direct-io.c: do_direct_IO stops
    \* at dio_get_page's error; dio_zero_block returns unless buffer_new).
    IF TokSet(c) \cap missed # {} \/ (fsZero /\ OnMissed(c)) THEN Skipped(a, c, p)
    ELSE Commit(a, c, r.w, r.bs)

RECURSIVE AddEach(_, _, _), AddEach_(_, _, _)
AddEach(r0, b, todo) == CHOOSE v \in {AddEach_(x, b, todo) : x \in {r0}} : TRUE
AddEach_(r, b, todo) ==
    IF todo = <<>> THEN r
    ELSE LET t == Head(todo)  p == TokPage[t] IN
         AddEach(IF t \in r.w.got THEN AddPage(r.w, r.bs, b, p, TokHow[t], TokGup[t], t, TRUE) ELSE r,
                 b, Tail(todo))

(* bio_iov_iter_get_pages() (block/bio.c): a bvec is attached as it is    *)
(* (bio_iov_bvec_set; 6.1 also sets BIO_NO_PAGE_REF); 6.12 sets           *)
(* BIO_PAGE_PINNED before extracting when iov_iter_extract_will_pin()     *)
(* (user-backed); the pages obtained are added, a short count keeps what  *)
(* it got. The references stay the actor's as well, for a release at the  *)
(* call site after the I/O (6.1 block/fops.c:__blkdev_direct_IO_simple).  *)
bio_iov_iter_get_pages(a, c) ==
    LET b == c.args[1]  it == c.args[2]
        flag == CASE KERNEL = "6.12" /\ UserBacked(it)    -> {"BIO_PAGE_PINNED"}
                  [] KERNEL # "6.12" /\ IterKind[it] = "bvec" -> {"BIO_NO_PAGE_REF"}
                  [] OTHER                                -> {}
        w == TakeAll(World, c.op, it, c.toks)
        bs == [bio EXCEPT ![b].flags = @ \cup flag]
        r == AddEach([w |-> w, bs |-> bs], b, c.toks)
    IN Commit(a, c, r.w, r.bs)

(* bio_set_flag() where the filesystem sets up the bio: 6.12              *)
(* fs/direct-io.c:dio_bio_alloc sets BIO_PAGE_PINNED when dio->is_pinned  *)
(* (iov_iter_extract_will_pin: the iterator is user-backed).              *)
bio_set_flag(a, c) ==
    LET b == c.args[1] IN
    Commit(a, c, World, [bio EXCEPT ![b].flags = @ \cup {c.args[2]}])

\* Another actor still has a fill of bio b ahead in its program.
FillPending(b, a) ==
    \E x \in Actors \ {a} : \E k \in pc[x]..Len(Prog[x]) :
        Prog[x][k].op \in {"bio_add_page", "bio_iov_iter_get_pages", "bio_set_flag"} /\ Prog[x][k].args[1] = b

(* submit_bio() (block/blk-core.c): the device may now DMA at any time.   *)
(* Fill sites in other contexts run before the submit, as the C code      *)
(* orders them (a simplification: the model has no completion variable). *)
submit_bio(a, c) ==
    LET b == c.args[1] IN
    Commit(a, c, [World EXCEPT !.harm = @ \cup UNION {Harms(Touch(page[p]), p) : p \in BioPages(b, bio)}],
           [bio EXCEPT ![b].state = "inflight"])

(* wait_for_completion(): the submitter sleeps until bio_endio() ran.     *)
wait_for_completion(a, c) == Commit(a, c, World, bio)

(* get_page() (include/linux/mm.h): a plain +1, no overflow check.       *)
get_page(a, c) ==
    LET p == c.args[1] IN
    IF OnMissed(c) THEN Skipped(a, c, p)
    ELSE Commit(a, c, [Apply(World, p, RefAdd(page[p], 1)) EXCEPT !.got = @ \cup {Tok(c)}], bio)

(* folio_add_pin() (6.12 mm/gup.c): one more pin on a folio the caller    *)
(* already pinned; a no-op on the zero folio; WARN_ON_ONCE when the folio *)
(* does not read pinned (_pincount < 1, or _refcount < the bias).         *)
folio_add_pin(a, c) ==
    LET p == c.args[1]
        warn == Warn(~PinNeutral(IsZero(p)) /\ NotPinnedForAddPin(page[p], Large[p]), "add-pin")
    IN
    IF OnMissed(c) THEN Skipped(a, c, p)
    ELSE Commit(a, c, [Apply(World, p, Pin(page[p], Large[p], IsZero(p)))
                           EXCEPT !.got = @ \cup {Tok(c)}, !.harm = @ \cup Harms(warn, p)], bio)

(* A release at a call site of the reference token t. With no token, the  *)
(* page's owner drops its own reference (a kernel page's, taken before the *)
(* path starts).                                                          *)
CallSiteRelease(a, c, modeOf(_)) ==
    LET p == c.args[1]  t == Tok(c)  how == IF t = "" THEN "get" ELSE TokHow[t] IN
    IF TokSet(c) \cap missed # {} THEN Skipped(a, c, p)
    ELSE Commit(a, c, [(IF t = "" THEN ReleaseOne(World, p, how, modeOf(t)) ELSE ReleaseTok(World, t, modeOf(t)))
                           EXCEPT !.got = @ \ TokSet(c)], bio)

(* put_page(): put_page as written in the kernels; under a proposal a      *)
(* put_page() of iterator pages is converted as its RELEASE knob says.    *)
put_page(a, c) ==
    CallSiteRelease(a, c, LAMBDA t : IF t # "" /\ TokIter[t] # "" THEN SiteMode(TokHow[t]) ELSE "put")

\* unpin_user_page() (mm/gup.c), put_user_page() in 2019: always an unpin.
unpin_user_page(a, c) == CallSiteRelease(a, c, LAMBDA t : "unpin")

(* iov_iter_put_pages() (proposed in the thread): balance one             *)
(* iov_iter_get_pages(), releasing each page the way it was taken.        *)
iov_iter_put_pages(a, c) == Commit(a, c, PutEach(World, c.toks, "exact"), bio)

(* unpin_user_pages() (mm/gup.c): unpin each page a pin_user_pages*() of  *)
(* this iterator took.                                                    *)
unpin_user_pages(a, c) == Commit(a, c, PutEach(World, c.toks, "unpin"), bio)

\* unpin_user_pages_dirty_lock(pages, n, true): dirty each page, then unpin.
RECURSIVE DirtyToks(_, _), DirtyToks_(_, _)
DirtyToks(w0, todo) == CHOOSE v \in {DirtyToks_(x, todo) : x \in {w0}} : TRUE
DirtyToks_(w, todo) ==
    IF todo = <<>> THEN w
    ELSE DirtyToks(IF Head(todo) \in w.got /\ ~IsZero(TokPage[Head(todo)])
                   THEN [w EXCEPT !.page[TokPage[Head(todo)]].dirty = TRUE] ELSE w, Tail(todo))
unpin_user_pages_dirty_lock(a, c) == Commit(a, c, PutEach(DirtyToks(World, c.toks), c.toks, "unpin"), bio)

\* Release the pages of bio b in world w, with the release mode of bio `by`:
\* what its end_io does ("end_io") or what bio_release_pages() does ("release").
RECURSIVE ReleaseEach(_, _, _, _, _), ReleaseEach_(_, _, _, _, _)
ReleaseEach(w0, b, by, k, rule) == CHOOSE v \in {ReleaseEach_(x, b, by, k, rule) : x \in {w0}} : TRUE
ReleaseEach_(w, b, by, k, rule) ==
    IF k > Len(bio[b].pages) THEN w
    ELSE LET e == bio[b].pages[k]
             mode == IF rule = "end_io" THEN EndIoMode(by, e.how) ELSE BioReleaseMode(by, e.how) IN
         ReleaseEach(ReleaseEntry(w, e, mode), b, by, k + 1, rule)

(* bio_release_pages() called by the bio's owner after the I/O (6.1       *)
(* block/fops.c:__blkdev_direct_IO_simple after submit_bio_wait), as the  *)
(* design defines it.                                                     *)
bio_release_pages(a, c) ==
    LET b == c.args[1] IN Commit(a, c, ReleaseEach(World, b, b, 1, "release"), bio)

(* munmap() (mm/mmap.c:do_munmap): zap the PTE, dropping the mapping's    *)
(* reference (ZERO_PAGE's special PTE holds none).                        *)
munmap(a, c) ==
    LET p == c.args[1] IN
    IF ~page[p].mapped THEN Commit(a, c, [World EXCEPT !.note = p \o " is not mapped"], bio)
    ELSE IF IsZero(p) THEN Commit(a, c, [World EXCEPT !.page[p].mapped = FALSE], bio)
    ELSE LET r == PutRefs([page[p] EXCEPT !.mapped = FALSE], 1, FALSE) IN
         Commit(a, c, Apply(World, p, r), bio)

(* truncate_inode_pages() (mm/truncate.c): wait for writeback             *)
(* (folio_wait_writeback in truncate_inode_pages_range), unmap the page   *)
(* from every process and drop the page cache's reference.                *)
truncate(a, c) ==
    LET p == c.args[1]  n == IF page[p].mapped THEN 2 ELSE 1 IN
    IF ~page[p].cache THEN Commit(a, c, [World EXCEPT !.note = p \o " is not in the page cache"], bio)
    ELSE Commit(a, c, Apply(World, p, PutRefs([page[p] EXCEPT !.mapped = FALSE, !.cache = FALSE],
                                              n, FALSE)), bio)

\* Writeback reaches a page through its mapping: a truncated page is gone.
NotInCache(a, c, p) ==
    Commit(a, c, [World EXCEPT !.note = p \o " is not in the page cache: writeback finds no page"], bio)

(* folio_clear_dirty_for_io() -> folio_mkclean() (mm/page-writeback.c,    *)
(* mm/rmap.c): under the folio lock, write-protect the PTEs and clear     *)
(* dirty; the folio stays under writeback until folio_end_writeback().    *)
(* Under the HYPOTHETICAL skip-pinned policy writeback asks               *)
(* folio_maybe_dma_pinned() here; no kernel does.                         *)
page_mkclean(a, c) ==
    LET p == c.args[1]  pinned == MaybeDmaPinned(page[p], Large[p]) IN
    IF ~page[p].cache THEN NotInCache(a, c, p) /\ UNCHANGED seen
    ELSE IF ~page[p].dirty /\ ~page[p].writeback
    THEN Commit(a, c, [World EXCEPT !.note = p \o " is clean: writeback skips it"], bio) /\ UNCHANGED seen
    ELSE /\ Commit(a, c, [Apply(World, p, Result([page[p] EXCEPT !.dirty = FALSE, !.writeback = TRUE],
                                               Touch(page[p])))
                            EXCEPT !.note = IF WRITEBACK = "skip-pinned"
                                            THEN "HYPOTHETICAL: folio_maybe_dma_pinned(" \o p \o ") "
                                                 \o (IF pinned THEN "true" ELSE "false")
                                            ELSE ""], bio)
         /\ seen' = IF WRITEBACK = "skip-pinned"
                    THEN [seen EXCEPT ![a] = IF pinned THEN @ \cup {p} ELSE @ \ {p}]
                    ELSE seen

(* folio_maybe_dma_pinned() (include/linux/mm.h), asked explicitly.       *)
folio_maybe_dma_pinned(a, c) ==
    LET p == c.args[1]  pinned == MaybeDmaPinned(page[p], Large[p]) IN
    /\ Commit(a, c, [World EXCEPT !.note = IF pinned THEN "true" ELSE "false"], bio)
    /\ seen' = [seen EXCEPT ![a] = IF pinned THEN @ \cup {p} ELSE @ \ {p}]

(* ->writepages (the filesystem, write_cache_pages): write the page out,  *)
(* unless it read pinned (the skip-pinned policy: redirty, leave it).     *)
writepage(a, c) ==
    LET p == c.args[1] IN
    IF ~page[p].cache THEN NotInCache(a, c, p)
    ELSE IF ~page[p].writeback
    THEN Commit(a, c, [World EXCEPT !.note = p \o " is not under writeback: nothing to write"], bio)
    ELSE IF p \in seen[a]
    THEN Commit(a, c, [World EXCEPT !.page[p].dirty = TRUE,
                                    !.note = "skipped: maybe DMA-pinned, redirtied"], bio)
    ELSE Commit(a, c, [World EXCEPT !.harm = @ \cup Harms(Touch(page[p]), p)
                                      \cup (IF p \in DmaWritePages(bio) THEN Harms({"wb-under-dma"}, p)
                                            ELSE {})], bio)

(* folio_end_writeback() (mm/filemap.c): writeback done.                  *)
end_page_writeback(a, c) ==
    LET p == c.args[1] IN
    IF ~page[p].writeback THEN Commit(a, c, [World EXCEPT !.note = p \o " is not under writeback"], bio)
    ELSE Commit(a, c, [World EXCEPT !.page[p].writeback = FALSE], bio)

\* The process's address of page p now maps another page: a reference a GUP
\* took on p no longer reaches what the process reads ("stale-dma"); the
\* model follows p, unmapped by the process, from here on.
MovedAway(w, p, why) ==
    [Apply(w, p, PutRefs([w.page[p] EXCEPT !.mapped = FALSE], 1, FALSE))
        EXCEPT !.harm = @ \cup (IF w.page[p].gups > 0 THEN Harms({"stale-dma"}, p) ELSE {}),
               !.note = why]

(* fork() (kernel/fork.c:dup_mmap -> mm/memory.c:copy_page_range ->       *)
(* copy_present_pte): each anon page the process maps is shared with the  *)
(* child (+1 for the child's mapping, PageAnonExclusive cleared, both PTEs *)
(* write-protected), except one page_needs_cow_for_dma() (6.12            *)
(* folio_needs_cow_for_dma): the mm has pinned (MMF_HAS_PINNED), the page  *)
(* is exclusive and maybe pinned: the child gets a copy now, the parent's *)
(* PTE is left alone.                                                     *)
RECURSIVE ForkEach(_, _), ForkEach_(_, _)
ForkEach(w0, todo) == CHOOSE v \in {ForkEach_(x, todo) : x \in {w0}} : TRUE
ForkEach_(w, todo) ==
    IF todo = {} THEN w
    ELSE LET p == CHOOSE q \in todo : TRUE  pg == w.page[p]
             copy == FORK = "cow-for-dma" /\ w.hasPinned /\ pg.anonx /\ MaybeDmaPinned(pg, Large[p])
         IN ForkEach(IF copy THEN w
                     ELSE Apply(w, p, Result([RefAdd(pg, 1).pg EXCEPT !.child = TRUE, !.anonx = FALSE,
                                                                   !.wp = TRUE],
                                             RefAdd(pg, 1).harm)),
                     todo \ {p})

fork(a, c) ==
    LET mapped == {p \in Pages : PageKind[p] = "user" /\ page[p].mapped /\ ~page[p].freed /\ ~page[p].child}
        w == ForkEach(World, mapped)
        copied == {p \in mapped : ~w.page[p].child}
    IN Commit(a, c, [w EXCEPT !.note = IF copied = {} THEN ""
                                        ELSE "the child gets a copy of the maybe-pinned page(s) now"], bio)

(* The process writes to page p (mm/memory.c:do_wp_page on a write-        *)
(* protected anon PTE): an exclusive page is reused; a shared one is       *)
(* reused only when its count is 1 (6.12 wp_can_reuse_anon_folio), else   *)
(* the process gets a copy (wp_page_copy) and p stays with the child and   *)
(* whoever holds references on it.                                        *)
write_fault(a, c) ==
    LET p == c.args[1]  pg == page[p] IN
    IF ~pg.mapped THEN Commit(a, c, [World EXCEPT !.harm = @ \cup Harms({"unfollowed"}, p),
                                                  !.note = p \o "'s address maps a page the model does not follow"], bio)
    ELSE IF ~pg.wp THEN Commit(a, c, [World EXCEPT !.note = "writable: no fault"], bio)
    ELSE IF Reusable(pg, p)
    THEN Commit(a, c, [World EXCEPT !.page[p].wp = FALSE, !.page[p].anonx = TRUE,
                                    !.note = "reused: the process keeps " \o p], bio)
    ELSE Commit(a, c, MovedAway(World, p, "copied: the process now maps a copy of " \o p), bio)

(* migrate_pages() (mm/migrate.c) of page p, e.g. by compaction: unmap it, *)
(* freeze its refcount at what the mappings account for                   *)
(* (folio_migrate_mapping; an exclusive anon page that is maybe pinned     *)
(* fails already in try_to_migrate), and move it to a new page; any other *)
(* reference makes it -EAGAIN and the mapping is restored. The moved page *)
(* is what the model follows from then on (nothing else held it).          *)
migrate_pages(a, c) ==
    LET p == c.args[1]  pg == page[p]  ok == pg.ref = ExpectedOf(pg, p) IN
    IF pg.freed \/ ~(pg.mapped \/ pg.cache) THEN Commit(a, c, [World EXCEPT !.note = p \o " is not mapped"], bio)
    ELSE IF MIGRATE = "expected-refs" /\ ~ok
    THEN Commit(a, c, [World EXCEPT !.note = "-EAGAIN: " \o p \o " has references its mappings do not account for"], bio)
    ELSE IF ok THEN Commit(a, c, [World EXCEPT !.note = p \o " moved to a new page"], bio)
    ELSE Commit(a, c, MovedAway([World EXCEPT !.page[p].cache = FALSE], p,
                                "HYPOTHETICAL: moved although other references hold " \o p), bio)

(* shrink_folio_list() (mm/vmscan.c): an anon folio that reads maybe       *)
(* pinned is kept; otherwise reclaim unmaps it, keeps it if it reads      *)
(* maybe pinned after unmapping, and frees it only if its refcount freezes *)
(* at the expected count (__remove_mapping); else it stays.               *)
shrink_folio_list(a, c) ==
    LET p == c.args[1]  pg == page[p]  pinned == MaybeDmaPinned(pg, Large[p])
        free == [Apply(World, p, PutRefs([pg EXCEPT !.mapped = FALSE, !.cache = FALSE],
                                         ExpectedOf(pg, p), FALSE))
                    EXCEPT !.note = p \o " reclaimed"]
    IN
    IF pg.freed \/ ~(pg.mapped \/ pg.cache) THEN Commit(a, c, [World EXCEPT !.note = p \o " is not mapped"], bio)
    ELSE IF pinned THEN Commit(a, c, [World EXCEPT !.note = "kept: maybe DMA-pinned"], bio)
    ELSE IF pg.ref = ExpectedOf(pg, p) THEN Commit(a, c, free, bio)
    ELSE IF RECLAIM = "freeze"
    THEN Commit(a, c, [World EXCEPT !.note = "kept: the refcount does not freeze (other references)"], bio)
    ELSE Commit(a, c, [free EXCEPT !.harm = @ \cup (IF pg.gups > 0 THEN Harms({"stale-dma"}, p) ELSE {}),
                                   !.note = "HYPOTHETICAL: dropped from its file and process although referenced"],
                bio)

\* Dispatch one call of an actor's program by its C name.
Call(a, c) ==
    \/ c.op \in IterTakeOps                       /\ gup(a, c) /\ UNCHANGED seen
    \/ c.op = "bio_add_page"                      /\ bio_add_page(a, c) /\ UNCHANGED seen
    \/ c.op = "bio_iov_iter_get_pages"            /\ bio_iov_iter_get_pages(a, c) /\ UNCHANGED seen
    \/ c.op = "bio_set_flag"                      /\ bio_set_flag(a, c) /\ UNCHANGED seen
    \/ c.op = "bio_release_pages"                 /\ bio_release_pages(a, c) /\ UNCHANGED seen
    \/ c.op = "submit_bio"                        /\ submit_bio(a, c) /\ UNCHANGED seen
    \/ c.op = "wait_for_completion"               /\ wait_for_completion(a, c) /\ UNCHANGED seen
    \/ c.op = "get_page"                          /\ get_page(a, c) /\ UNCHANGED seen
    \/ c.op = "folio_add_pin"                     /\ folio_add_pin(a, c) /\ UNCHANGED seen
    \/ c.op = "put_page"                          /\ put_page(a, c) /\ UNCHANGED seen
    \/ c.op \in {"unpin_user_page", "put_user_page"} /\ unpin_user_page(a, c) /\ UNCHANGED seen
    \/ c.op = "unpin_user_pages"                  /\ unpin_user_pages(a, c) /\ UNCHANGED seen
    \/ c.op = "unpin_user_pages_dirty_lock"       /\ unpin_user_pages_dirty_lock(a, c) /\ UNCHANGED seen
    \/ c.op = "fork"                              /\ fork(a, c) /\ UNCHANGED seen
    \/ c.op = "write_fault"                       /\ write_fault(a, c) /\ UNCHANGED seen
    \/ c.op = "migrate_pages"                     /\ migrate_pages(a, c) /\ UNCHANGED seen
    \/ c.op = "shrink_folio_list"                 /\ shrink_folio_list(a, c) /\ UNCHANGED seen
    \/ c.op = "iov_iter_put_pages"                /\ iov_iter_put_pages(a, c) /\ UNCHANGED seen
    \/ c.op = "munmap"                            /\ munmap(a, c) /\ UNCHANGED seen
    \/ c.op = "truncate"                          /\ truncate(a, c) /\ UNCHANGED seen
    \/ c.op = "page_mkclean"                      /\ page_mkclean(a, c)
    \/ c.op = "folio_maybe_dma_pinned"            /\ folio_maybe_dma_pinned(a, c)
    \/ c.op = "writepage"                         /\ writepage(a, c) /\ UNCHANGED seen
    \/ c.op = "end_page_writeback"                /\ end_page_writeback(a, c) /\ UNCHANGED seen

(* When call c of actor a can run; until then the actor waits. Every      *)
(* branch of every call above ends in a Commit, which always has a        *)
(* successor, so ActorStep(a) is enabled exactly when CanStep(a) holds:   *)
(* the fairness below reads it instead of ENABLED, which TLC evaluates   *)
(* without caching at every state (docs/perf/issue16.md). The guards:     *)
(*  - a GUP for write of a page under writeback whose mapping needs      *)
(*    stable writes waits (GupMustWait);                                 *)
(*  - submit_bio waits for the fill sites of other contexts (FillPending);*)
(*  - wait_for_completion sleeps until bio_endio ran;                    *)
(*  - truncate and page_mkclean wait while a page-cache page is under     *)
(*    writeback: truncate_inode_pages_range's folio_wait_writeback (6.1  *)
(*    mm/truncate.c:449, 6.12 :423), and data-integrity writeback's wait  *)
(*    before folio_clear_dirty_for_io (6.1 mm/page-writeback.c:2372      *)
(*    write_cache_pages, 6.12 :2455 folio_prepare_writeback; WB_SYNC_NONE *)
(*    skips such a page instead).                                        *)
Ready(a, c) ==
    CASE c.op \in IterTakeOps                            -> ~GupMustWait(c.args[1])
      [] c.op = "bio_iov_iter_get_pages"                -> ~GupMustWait(c.args[2])
      [] c.op = "submit_bio"                            -> ~FillPending(c.args[1], a)
      [] c.op = "wait_for_completion"                   -> bio[c.args[1]].state = "done"
      [] c.op \in {"truncate", "page_mkclean"}          -> ~(page[c.args[1]].cache /\ page[c.args[1]].writeback)
      [] OTHER                                          -> TRUE

CanStep(a) == pc[a] <= Len(Prog[a]) /\ Ready(a, Prog[a][pc[a]])
ActorStep(a) == CanStep(a) /\ Call(a, Prog[a][pc[a]])

-----------------------------------------------------------------------------
(* The block layer: a submitted bio may be merged into the request of     *)
(* another in flight (blk_attempt_plug_merge / bio_attempt_back_merge).   *)
(* blk_rq_merge_ok() (block/blk-merge.c, 6.1 and 6.12) compares the       *)
(* operation and a few flags, never bi_end_io nor BIO_PAGE_*, so bios with *)
(* different end_ios do merge.                                            *)
IsHead(b) == bio[b].rq = b
Request(b) == {x \in Bios : bio[x].rq = b}

blk_rq_merge(b1, b2) ==
    /\ MERGE # "none"
    /\ b1 # b2
    /\ bio[b1].state = "inflight" /\ bio[b2].state = "inflight"
    /\ IsHead(b1) /\ Request(b2) = {b2}
    /\ BioOp[b1] = BioOp[b2]
    /\ bio' = [bio EXCEPT ![b2].rq = b1]
    /\ ev' = [actor |-> "block", call |-> "bio_attempt_back_merge", args |-> <<b1, b2>>,
              site |-> "block/blk-merge.c:bio_attempt_back_merge",
              note |-> IF MERGE = "shared-end-io"
                       THEN "HYPOTHETICAL: the request will complete with " \o b1 \o "'s end_io only"
                       ELSE ""]
    /\ UNCHANGED <<page, wq, got, missed, pc, seen, hasPinned, bad>>

(* The completion context: the device finished; blk_update_request()      *)
(* (block/blk-mq.c) calls bio_endio() (block/bio.c) on each bio of the    *)
(* request, from the IRQ, at any time after submit. For a READ the device *)
(* wrote the pages, which the end_io dirties (bio_set_pages_dirty /      *)
(* set_page_dirty_lock). A deferred end_io (cifs) only queues the release *)
(* to a workqueue.                                                        *)

RECURSIVE DirtyEach(_, _, _), DirtyEach_(_, _, _)
DirtyEach(w0, b, k) == CHOOSE v \in {DirtyEach_(x, b, k) : x \in {w0}} : TRUE
DirtyEach_(w, b, k) ==
    IF k > Len(bio[b].pages) THEN w
    ELSE LET p == bio[b].pages[k].pg IN
         DirtyEach(IF BioOp[b] = "read" /\ ~w.page[p].freed /\ ~IsZero(p)
                   THEN [w EXCEPT !.page[p].dirty = TRUE] ELSE w, b, k + 1)

\* Whose end_io releases bio x's pages when its request completes.
Releaser(x, head) == IF MERGE = "shared-end-io" THEN head ELSE x

RECURSIVE CompleteEach(_, _, _), CompleteEach_(_, _, _)
CompleteEach(w0, head, todo) == CHOOSE v \in {CompleteEach_(x, head, todo) : x \in {w0}} : TRUE
CompleteEach_(w, head, todo) ==
    IF todo = {} THEN w
    ELSE LET x == CHOOSE y \in todo : TRUE
             w1 == DirtyEach(w, x, 1)
             w2 == IF BioDeferred[Releaser(x, head)] THEN w1
                   ELSE ReleaseEach(w1, x, Releaser(x, head), 1, "end_io")
         IN CompleteEach(w2, head, todo \ {x})

CompletionNote(b) ==
    IF Request(b) = {b} THEN ""
    ELSE IF MERGE = "shared-end-io"
    THEN "HYPOTHETICAL shared end_io: " \o EndIoName(b) \o " releases the pages of every merged bio"
    ELSE "blk_update_request: bio_endio on each merged bio, each with its own end_io"

\* The device can complete b's request: b is in flight and heads it.
EndIoReady(b) == bio[b].state = "inflight" /\ IsHead(b)

(* The values are bound with \E x \in {e} rather than LET: the same     *)
(* meaning, but TLC evaluates e once, where in liveness checking (ENABLED *)
(* and the fairness of each step) it evaluated a LET at every use: 25    *)
(* states of dio-zero-page under gup-ref took 108 s, 21 s bound this way *)
(* here and in Commit.                                                    *)
bio_endio(b) ==
    /\ EndIoReady(b)
    /\ \E rq \in {Request(b)} :
        \E w \in {CompleteEach(World, b, rq)} :
        \E bs2 \in {[x \in Bios |-> IF x \in rq THEN [bio[x] EXCEPT !.state = "done"] ELSE bio[x]]} :
        \E queued \in {{x \in rq : BioDeferred[Releaser(x, b)]}} :
        /\ page' = w.page
        /\ bio' = bs2
        /\ wq' = wq \cup queued
        /\ bad' = bad \cup w.harm \cup FreedUnderDma(w.page, bs2)
        /\ ev' = [actor |-> "irq", call |-> EndIoName(b), args |-> <<b>>,
                  site |-> "block/bio.c:bio_endio",
                  note |-> CompletionNote(b) \o (IF queued = {} \/ CompletionNote(b) = "" THEN "" ELSE "; ")
                           \o (IF queued = {} THEN "" ELSE "the release is queued to the workqueue")]
        /\ UNCHANGED <<got, missed, pc, seen, hasPinned>>

\* A work item waits on the workqueue for b's pages.
WorkReady(b) == b \in wq

(* The workqueue (cifs: the end_io queued the release; the work item      *)
(* releases the pages, e.g. cifs_uncached_readdata_release).              *)
process_one_work(b) ==
    LET by == IF MERGE = "shared-end-io" THEN bio[b].rq ELSE b
        w == ReleaseEach(World, b, by, 1, "end_io")
    IN
    /\ WorkReady(b)
    /\ page' = w.page
    /\ wq' = wq \ {b}
    /\ bad' = bad \cup w.harm \cup FreedUnderDma(w.page, bio)
    /\ ev' = [actor |-> "workqueue", call |-> "process_one_work", args |-> <<b>>,
              site |-> "kernel/workqueue.c:process_one_work",
              note |-> "releases the pages of " \o b]
    /\ UNCHANGED <<bio, got, missed, pc, seen, hasPinned>>

-----------------------------------------------------------------------------
InitPage(p) ==
    [ref |-> CASE PageKind[p] = "user"      -> 1   \* the mapping's ref
               [] PageKind[p] = "pagecache" -> 2   \* page cache + mapping
               [] PageKind[p] = "zero"      -> ZERO_BASE
               [] PageKind[p] = "kernel"    -> 1,  \* the owner's ref
     pin |-> 0, gupref |-> 0, pins |-> 0, gups |-> 0, ltpins |-> 0,
     movable |-> Movable[p], anonx |-> PageKind[p] = "user", wp |-> FALSE, child |-> FALSE,
     mapped |-> PageKind[p] \in {"user", "pagecache", "zero"},
     cache |-> PageKind[p] = "pagecache",
     freed |-> FALSE, wrapped |-> FALSE, dirty |-> PageKind[p] = "pagecache", writeback |-> FALSE]

Init ==
    /\ page = [p \in Pages |-> InitPage(p)]
    /\ bio = [b \in Bios |-> [state |-> "filling", pages |-> <<>>,
                              endio |-> "unset", flags |-> {}, rq |-> b]]
    /\ wq = {}
    /\ got = {}
    /\ missed = {}
    /\ pc = [a \in Actors |-> 1]
    /\ seen = [a \in Actors |-> {}]
    /\ hasPinned = FALSE
    /\ bad = {}
    /\ ev = [actor |-> "", call |-> "init", args |-> <<>>, site |-> "", note |-> ""]

Next == \/ \E a \in Actors : ActorStep(a)
        \/ \E b \in Bios : bio_endio(b)
        \/ \E b1, b2 \in Bios : blk_rq_merge(b1, b2)
        \/ \E b \in Bios : process_one_work(b)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Properties.                                                            *)

TypeOK ==
    /\ \A p \in Pages : page[p].ref \in -(REF_MAX + 1)..REF_MAX
    /\ \A b \in Bios : bio[b].state \in {"filling", "inflight", "done"}
    /\ \A a \in Actors : pc[a] \in 1..(Len(Prog[a]) + 1)
    /\ got \subseteq Toks /\ missed \subseteq Toks

NoHarm(h) == \A x \in bad : x.harm # h

NoUnderflow          == NoHarm("underflow")     \* no _refcount/_pincount/GUP-ref below 0
NoUseAfterFree       == NoHarm("uaf")           \* nothing touches a freed page
ZeroPageNeverFreed   == NoHarm("zero-freed")
NoRefcountOverflow   == NoHarm("overflow")
NoWritebackUnderDma  == NoHarm("wb-under-dma")  \* writeback never writes a page a device writes
\* A page a GUP took is still the page the process maps: no COW copy for the
\* process, migration or reclaim moved its address away while the device
\* reads or writes the old page (CVE-2020-29374 is of this kind).
NoStaleDma           == NoHarm("stale-dma")
ReleasedAsTaken      == NoHarm("mismatch")      \* pins unpinned, gets put, no-refs left alone

\* A user or page-cache page a GUP took for the I/O (FOLL_GET or FOLL_PIN)
\* and that a device may be accessing reads maybe-pinned (no false
\* negatives). Pages the filesystem put in a bio itself (a journal or
\* buffer-head page, ZERO_PAGE) are not GUP'd and need not read pinned.
PinsVisible ==
    \A b \in InFlight(bio) : \A k \in 1..Len(bio[b].pages) :
        LET e == bio[b].pages[k] IN
        e.gup /\ PageKind[e.pg] \in {"user", "pagecache"} => MaybeDmaPinned(page[e.pg], Large[e.pg])

\* No bio holds a pinned page next to one that is not (Hellwig, 2023: "we
\* can't mix different pin vs get types in a bio"). A neutral pin of
\* ZERO_PAGE is neither. The per-page-mark design records the mode of every
\* page, so mixing is what it is for: the rule does not apply.
Neutral(e) == IsZero(e.pg) /\ PinNeutral(TRUE) /\ e.how = "pin"
NoMixedBio ==
    END_IO # "per-page-mark" =>
    \A b \in Bios : ~\E j, k \in 1..Len(bio[b].pages) :
        /\ ~Neutral(bio[b].pages[j]) /\ ~Neutral(bio[b].pages[k])
        /\ bio[b].pages[j].how = "pin" /\ bio[b].pages[k].how # "pin"

\* Once every actor finished and no bio is in flight, every page is back at
\* the count its owners account for: no leaked reference or pin. A page that
\* went back to the allocator is balanced here; freeing it too early is what
\* NoUseAfterFree and NoUnderflow catch.
Quiet == /\ \A a \in Actors : pc[a] > Len(Prog[a])
         /\ InFlight(bio) = {}
         /\ wq = {}
Expected(p) == ExpectedOf(page[p], p)
Unbalanced(p) == ~page[p].freed /\ (page[p].ref # Expected(p) \/ page[p].pin # 0 \/ page[p].gupref # 0)
BalancedWhenQuiet == Quiet => \A p \in Pages : ~Unbalanced(p)

\* Every harm, and every leak found once quiet, is preceded (or accompanied)
\* by a WARN on the same page: the thread's "a couple carefully put WARN_ONs
\* in the PUT path can detect any leakage of refs".
HarmKinds == {"underflow", "uaf", "zero-freed", "overflow", "wb-under-dma", "stale-dma"}
Warned(p) == [harm |-> "warn", page |-> p] \in bad
Detectable ==
    /\ \A h \in bad : h.harm \in HarmKinds => Warned(h.page)
    /\ Quiet => \A p \in Pages : Unbalanced(p) => Warned(p)

(* Liveness, under weak fairness of every actor, of the completion context *)
(* and of the workqueue: every actor finishes, every submitted bio         *)
(* completes and every page returns to the count its owners account for.  *)
(* Checked without VIEW (TLC's liveness checking needs the whole state).  *)
(* Each conjunct is WF_vars(A) as TLC expands it, []<>~ENABLED <<A>>_vars  *)
(* \/ []<><<A>>_vars, with ENABLED <<A>>_vars replaced by the step's guard *)
(* and <<A>>_vars by the event the step records: the same fair behaviours,*)
(* where ENABLED cost TLC a full evaluation of the step at every state    *)
(* (pin-overflow's liveness run: 17.8 s against 3.7 s, docs/perf/         *)
(* issue16.md). FairnessGuards and StepsNamed below state the two         *)
(* equivalences; FairnessGuardsTest checks them with TLC.                 *)
Fairness == /\ \A a \in Actors : []<>~CanStep(a) \/ []<><<ev'.actor = a>>_vars
            /\ \A b \in Bios : []<>~EndIoReady(b) \/ []<><<ev'.actor = "irq" /\ ev'.args = <<b>>>>_vars
            /\ \A b \in Bios : []<>~WorkReady(b) \/ []<><<ev'.actor = "workqueue" /\ ev'.args = <<b>>>>_vars
\* Each guard is the step's enabledness (no branch of a step has a guard of its own).
FairnessGuards == /\ \A a \in Actors : CanStep(a) <=> ENABLED <<ActorStep(a)>>_vars
                  /\ \A b \in Bios : EndIoReady(b) <=> ENABLED <<bio_endio(b)>>_vars
                  /\ \A b \in Bios : WorkReady(b) <=> ENABLED <<process_one_work(b)>>_vars
\* A step's event names who made it: only ActorStep(a) records actor a (the
\* scenario parser refuses the names irq, block and workqueue for actors).
StepsNamed == [][/\ \A a \in Actors : ev'.actor = a <=> ActorStep(a)
                 /\ \A b \in Bios : ev'.actor = "irq" /\ ev'.args = <<b>> <=> bio_endio(b)
                 /\ \A b \in Bios : ev'.actor = "workqueue" /\ ev'.args = <<b>> <=> process_one_work(b)]_vars
FairSpec == Spec /\ Fairness
EventuallyQuiet == <>(Quiet /\ \A p \in Pages : ~Unbalanced(p))

-----------------------------------------------------------------------------
(* Reachable conditions: not failures, but worth knowing they can happen. *)
(* Each is stated as an invariant "never"; a violation is a witness.      *)

NeverFillRejected == NoHarm("fill-rejected")  \* the fill rule refused a page
NeverUnfollowed   == NoHarm("unfollowed")     \* a call reached a page the model does not follow

\* A FOLL_LONGTERM pin never sits on a page in ZONE_MOVABLE or a CMA pageblock.
LongtermNotMovable == \A p \in Pages : page[p].ltpins > 0 => ~page[p].movable
NeverGrabRefused  == NoHarm("grab-refused")   \* the overflow check refused a GUP
NeverSaturated    == NoHarm("saturated")      \* _refcount wrapped into the negative half

\* folio_maybe_dma_pinned() says yes while no pin is held (the ghost count):
\* the accepted false positive (Documentation/core-api/pin_user_pages.rst).
NeverFalsePositivePinned ==
    \A p \in Pages : ~IsZero(p) /\ ~page[p].freed /\ MaybeDmaPinned(page[p], Large[p]) => page[p].pins > 0
=============================================================================
