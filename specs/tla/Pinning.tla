------------------------------ MODULE Pinning ------------------------------
(***************************************************************************)
(* Pages, iterators, bios and the actors of a kernel I/O path, under one   *)
(* design variant of GUP page tracking ("Keep track of GUPed pages in fs   *)
(* and block", linux-kernel, April 2019, and what the kernel merged).      *)
(*                                                                         *)
(* The scenario (pages, iterators, bios, one program per actor) comes in   *)
(* as constants from a generated glue module; this module holds every      *)
(* kernel operation once, named as in C, with a pointer to the C code.     *)
(*                                                                         *)
(* Simplifications (also stated in every report):                          *)
(*  - numbers are scaled: BIAS for GUP_PIN_COUNTING_BIAS (1024), REF_MAX   *)
(*    for INT_MAX, ZERO_BASE for ZERO_PAGE's boot-time _refcount;          *)
(*  - a GUP that must wait for writeback (FOLL_WRITE on a page that        *)
(*    page_mkclean() write-protected) waits before taking any page of the *)
(*    iterator, not midway;                                                *)
(*  - a GUP that faults (-EFAULT) or is refused (-ENOMEM) keeps the pages  *)
(*    taken before it, as __get_user_pages() returns a short count; later  *)
(*    bio_add_page() calls for pages it did not get are skipped;           *)
(*  - the device's DMA happens at any time between submit_bio() and        *)
(*    bio_endio(): a page freed in between is a use-after-free;            *)
(*  - writeback's policy for a page that reads pinned is "skip": redirty   *)
(*    and do not write it (one of skip / wait / bounce; named in reports). *)
(*    Mainline writeback does not ask folio_maybe_dma_pinned() at all (only *)
(*    reclaim and fork's COW do); "skip" is the policy proposed for it.    *)
(*  - iov_iter_get_pages() at a fill site is what the design makes of it:  *)
(*    a GUP that pins under every pin-tracking design (the 2019 proposal,  *)
(*    and the sites the kernel converted to iov_iter_extract_pages()).     *)
(***************************************************************************)
EXTENDS PageRef, Integers, Sequences, FiniteSets

CONSTANTS
    \* --- the scenario ------------------------------------------------------
    Pages, PageKind,   \* PageKind[p] \in {"user", "pagecache", "zero", "kernel"}
    Large,             \* Large[p]: the page is part of a large folio
    Iters, IterKind,   \* IterKind[i] \in {"iovec", "ubuf", "bvec", "kvec", "pipe"}
    IterDir,           \* "source" (data read from the pages) or "dest"
    IterPages,         \* IterPages[i]: the pages, in order
    Bios, BioOp,       \* BioOp[b] \in {"read", "write"}
    BioEndIo,          \* BioEndIo[b]: the C name of the bio's bi_end_io
    BioDeferred,       \* the end_io queues the release to a workqueue (cifs)
    BioNoRelease,      \* the end_io releases nothing; the submitter balances
                       \* (nfs/direct.c with the blocklayout end_io)
    Actors,            \* the scenario's actors (the completion context is "irq")
    Prog,              \* Prog[a]: sequence of [op, args, site, from]
    \* --- design knobs (PageRef.tla has the accounting ones) -----------------
    END_IO,            \* "put-all" | "unpin-all" | "split" | "common-bool" |
                       \* "bio-flag" | "per-page-mark" | "submitter"
    RELEASE,           \* what a converted put_page() call site does:
                       \* "put_page" | "put_user_page" | "iov_iter_put_pages"
    FILL_RULE,         \* "any": bio_add_page takes pages from anywhere;
                       \* "one-iter": the kernel's bio_iov_iter_get_pages rule,
                       \* one iterator (one release mode) per bio
    MERGE              \* "own-end-io": merged bios keep their bi_end_io (the
                       \* kernel); "shared-end-io": HYPOTHETICAL, the request's
                       \* first bio's end_io releases every merged bio's pages;
                       \* "none": no merging

VARIABLES
    page,    \* page[p]: the struct page record of PageRef.tla
    bio,     \* bio[b]: [state, pages, endio, flags, rq]; rq is the first
             \* bio of the request b was merged into (b itself if none)
    wq,      \* bios whose end_io queued their release to the workqueue
    got,     \* got[a]: pairs <<source, page>> actor a holds a ref on
    missed,  \* missed[a]: pairs <<iterator, page>> a's GUP faulted before
    pc,      \* pc[a]: index of a's next call in Prog[a]
    seen,    \* seen[a]: pages writeback actor a found maybe-pinned
    bad,     \* harms and reachable conditions so far: [harm, page]
             \* records (history, for the properties and conditions)
    ev       \* the call this step made; not part of the state (see VIEW)

vars == <<page, bio, wq, got, missed, pc, seen, bad, ev>>
View == <<page, bio, wq, got, missed, pc, seen, bad>>

IsZero(p) == PageKind[p] = "zero"
UserBacked(i) == IterKind[i] \in {"iovec", "ubuf"}
\* Readable names for the sources of a reference besides iterators.
FsZero == "fs"         \* the filesystem adds ZERO_PAGE itself (dio_zero_block)
GetPage == "get_page"  \* an explicit get_page() in the actor's program

-----------------------------------------------------------------------------
(* How each source of pages takes its reference.                          *)

\* iov_iter_get_pages(): GUP for user-backed iterators (FOLL_PIN once the
\* design tracks pins, FOLL_GET before), get_page() per pipe buffer
\* (pre-2023 ITER_PIPE), nothing for bvec/kvec (the caller owns the pages).
IterHow(i) ==
    CASE UserBacked(i)          -> IF PIN_ACCOUNTING = "get" THEN "get" ELSE "pin"
      [] IterKind[i] = "pipe"   -> "get"
      [] OTHER                  -> "none"

\* What fs/direct-io.c takes on ZERO_PAGE before adding it to a bio.
ZeroHow ==
    CASE ZERO_PAGE_POLICY = "get"         -> "get"    \* get_page, pre-2023
      [] ZERO_PAGE_POLICY = "pin"         -> "pin"    \* "take a GUP-ref on it too"
      [] ZERO_PAGE_POLICY = "no-ref"      -> "none"   \* iomap's separate bio
      [] ZERO_PAGE_POLICY = "pin-neutral" -> "pin"    \* a pin that is a no-op

SourceHow(src) ==
    CASE src = FsZero  -> ZeroHow
      [] src = GetPage -> "get"
      [] src \in Iters -> IterHow(src)

-----------------------------------------------------------------------------
(* Bios in flight and what the device does to their pages.               *)

BioPages(b, bs) == {bs[b].pages[k].pg : k \in 1..Len(bs[b].pages)}
InFlight(bs) == {b \in Bios : bs[b].state = "inflight"}
DmaPages(bs) == UNION {BioPages(b, bs) : b \in InFlight(bs)}
\* A READ bio's device writes into memory: the page content changes under DMA.
DmaWritePages(bs) == UNION {BioPages(b, bs) : b \in {x \in InFlight(bs) : BioOp[x] = "read"}}

\* Which release the end_io does for one page, per the end_io design.
EndIoMode(b, how) ==
    CASE BioNoRelease[b]          -> "none"
      [] END_IO = "put-all"       -> "put"
      [] END_IO = "unpin-all"     -> "unpin"
      [] END_IO = "split"         -> IF bio[b].endio = "gup" THEN "unpin" ELSE "put"
      [] END_IO = "common-bool"   -> IF \E k \in 1..Len(bio[b].pages) : bio[b].pages[k].how = "pin"
                                     THEN "unpin" ELSE "put"
      [] END_IO = "bio-flag"      -> IF "BIO_NO_PAGE_REF" \in bio[b].flags THEN "none"
                                     ELSE IF "BIO_PAGE_PINNED" \in bio[b].flags THEN "unpin"
                                     ELSE "put"
      [] END_IO = "per-page-mark" -> CASE how = "pin" -> "unpin"
                                       [] how = "get" -> "put"
                                       [] OTHER       -> "none"
      [] END_IO = "submitter"     -> "none"

\* The C function bio_endio() calls, as the thread names the variants.
EndIoName(b) ==
    CASE END_IO = "split"       -> BioEndIo[b] \o (IF bio[b].endio = "gup" THEN "_gup" ELSE "_normal")
      [] END_IO = "common-bool" -> BioEndIo[b] \o "_common"
      [] OTHER                  -> BioEndIo[b]

\* What a put_page() call site releasing iterator pages does once converted.
SiteMode(how) ==
    CASE RELEASE = "put_page"           -> "put"
      [] RELEASE = "put_user_page"      -> "unpin"
      [] RELEASE = "iov_iter_put_pages" -> CASE how = "pin" -> "unpin"
                                              [] how = "get" -> "put"
                                              [] OTHER       -> "none"

\* iov_iter_put_pages() (proposed in the thread): release the way taken.
ExactMode(how) == CASE how = "pin" -> "unpin" [] how = "get" -> "put" [] OTHER -> "none"

-----------------------------------------------------------------------------
(* A step works on a "world" w = [page, harm, got, missed, note] and     *)
(* commits it.                                                           *)

Harms(hs, p) == {[harm |-> h, page |-> p] : h \in hs}

World(a) == [page |-> page, harm |-> {}, got |-> got[a], missed |-> missed[a], note |-> ""]

\* Apply a PageRef result for page p to the world.
Apply(w, p, r) == [w EXCEPT !.page[p] = r.pg, !.harm = @ \cup Harms(r.harm, p)]

\* Release one reference of page p taken as `how`, with `mode`.
ReleaseOne(w, p, how, mode) ==
    [Apply(w, p, Release(w.page[p], mode, Large[p], IsZero(p)))
        EXCEPT !.harm = @ \cup (IF Mismatch(how, mode) THEN Harms({"mismatch"}, p) ELSE {})]

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
        /\ got' = [got EXCEPT ![a] = w.got]
        /\ missed' = [missed EXCEPT ![a] = w.missed]
        /\ pc' = [pc EXCEPT ![a] = @ + 1]
        /\ bad' = bad \cup w.harm \cup FreedUnderDma(w.page, bs2)
        /\ ev' = Event(a, c, w.note)
        /\ UNCHANGED wq

-----------------------------------------------------------------------------
(* The calls an actor's program can make.                                 *)

(* iov_iter_get_pages() / _alloc() / iov_iter_extract_pages()             *)
(* (lib/iov_iter.c): take each page of the iterator in order. For a       *)
(* user-backed iterator this is get_user_pages_fast() / pin_user_pages_   *)
(* fast(): an unmapped address faults with -EFAULT and takes nothing more; *)
(* the grab path's overflow check refuses with -ENOMEM.                   *)
\* GUP stopped: the pages from here on were not obtained.
Miss(w, it, todo, why) ==
    [w EXCEPT !.missed = @ \cup {<<it, todo[k]>> : k \in 1..Len(todo)}, !.note = why]

RECURSIVE GupEach(_, _, _)
GupEach(w, it, todo) ==
    IF todo = <<>> THEN w
    ELSE LET p == Head(todo) IN
         IF UserBacked(it) /\ (~w.page[p].mapped \/ w.page[p].freed)
         THEN Miss(w, it, todo, "-EFAULT: " \o p \o " is not mapped")
         ELSE IF UserBacked(it) /\ GrabRefused(w.page[p])
         \* try_grab_folio(): WARN_ON_ONCE(folio_ref_count(folio) <= 0), then -ENOMEM
         THEN Miss([w EXCEPT !.harm = @ \cup Harms({"grab-refused"} \cup Warn(TRUE, "grab"), p)], it, todo,
                   "-ENOMEM: " \o p \o "._refcount <= 0, grab refused")
         ELSE GupEach([Apply(w, p, Take(w.page[p], IterHow(it), Large[p], IsZero(p)))
                          EXCEPT !.got = @ \cup {<<it, p>>}, !.missed = @ \ {<<it, p>>}],
                      it, Tail(todo))

\* FOLL_WRITE faults on a PTE page_mkclean() write-protected, and the fault
\* waits for writeback (folio_wait_stable) before the page can be pinned.
GupMustWait(it) ==
    UserBacked(it) /\ IterDir[it] = "dest" /\
    \E k \in 1..Len(IterPages[it]) : page[IterPages[it][k]].writeback

iov_iter_get_pages(a, c) ==
    LET it == c.args[1] IN
    /\ ~GupMustWait(it)
    /\ Commit(a, c, GupEach(World(a), it, IterPages[it]), bio)

\* Would the bio's release give back a page taken as `how` the way it was taken?
Compatible(b, how, p) ==
    \/ bio[b].pages = <<>>
    \/ LET e1 == bio[b].pages[1] IN
       IF END_IO = "per-page-mark" THEN TRUE
       ELSE \/ ExactMode(how) = ExactMode(e1.how)
            \/ IsZero(p) /\ ZERO_PAGE_POLICY = "pin-neutral" /\ e1.how = "pin"

(* Append one page to bio b, taken as `how`, in world w. The first page      *)
(* decides the bio's release mode: the _normal/_gup end_io (split), and      *)
(* BIO_PAGE_PINNED / BIO_NO_PAGE_REF (bio-flag). Under the one-iter fill     *)
(* rule a page the bio would release the wrong way is refused, and the      *)
(* caller gives its reference back the way it took it, as                   *)
(* __bio_iov_iter_get_pages() does with pages bio_add_page() did not take.  *)
AddPage(w, bs, b, p, how, src) ==
    LET first == bs[b].pages = <<>>
        flags == IF ~first \/ END_IO # "bio-flag" THEN bs[b].flags
                 ELSE CASE how = "pin"  -> {"BIO_PAGE_PINNED"}
                        [] how = "none" -> {"BIO_NO_PAGE_REF"}
                        [] OTHER        -> {}
        endio == IF first THEN (IF how = "pin" THEN "gup" ELSE "normal") ELSE bs[b].endio
    IN
    IF FILL_RULE = "one-iter" /\ ~Compatible(b, how, p)
    THEN [w |-> [ReleaseOne(w, p, how, ExactMode(how))
                    EXCEPT !.harm = @ \cup Harms({"fill-rejected"}, p),
                           !.got = @ \ {<<src, p>>},
                           !.note = "rejected: one iterator, one release mode per bio "
                                    \o "(bio_iov_iter_get_pages); " \o p \o " given back"],
          bs |-> bs]
    ELSE [w |-> [w EXCEPT !.harm = @ \cup Harms(Touch(w.page[p]), p)],
          bs |-> [bs EXCEPT ![b].pages = Append(@, [pg |-> p, how |-> how]),
                            ![b].flags = flags, ![b].endio = endio]]

(* bio_add_page() (block/bio.c): append the page; the reference it holds  *)
(* moves into the bio.                                                    *)
bio_add_page(a, c) ==
    LET b == c.args[1]  p == c.args[2]  src == c.from  how == SourceHow(src)
        w0 == World(a)
        \* fs/direct-io.c takes its ZERO_PAGE ref right before adding it; since
        \* 2023 that is folio_add_pin(), which WARNs if the folio is not pinned
        \* (and returns at once for the zero folio).
        addPinWarn == Warn(how = "pin" /\ ~PinNeutral(TRUE) /\ ~MaybeDmaPinned(page[p], Large[p]), "add-pin")
        w1 == IF src = FsZero
              THEN [Apply(w0, p, Take(page[p], how, Large[p], TRUE)) EXCEPT !.harm = @ \cup Harms(addPinWarn, p)]
              ELSE w0
        r == AddPage(w1, bio, b, p, how, src)
    IN
    IF <<src, p>> \in missed[a]
    THEN Commit(a, c, [w0 EXCEPT !.note = "skipped: " \o p \o " was not obtained"], bio)
    ELSE Commit(a, c, r.w, r.bs)

RECURSIVE AddEach(_, _, _, _)
AddEach(r, b, it, todo) ==
    IF todo = <<>> THEN r
    ELSE LET p == Head(todo) IN
         AddEach(IF <<it, p>> \in r.w.got THEN AddPage(r.w, r.bs, b, p, IterHow(it), it) ELSE r,
                 b, it, Tail(todo))

(* bio_iov_iter_get_pages() (block/bio.c, 2023): extract the iterator's    *)
(* pages (iov_iter_extract_pages: pinned if user-backed, no ref for bvec)  *)
(* and add them all to the bio, which takes the iterator's release mode.   *)
bio_iov_iter_get_pages(a, c) ==
    LET b == c.args[1]  it == c.args[2]
        w == GupEach(World(a), it, IterPages[it])
    IN
    /\ ~GupMustWait(it)
    /\ LET r == AddEach([w |-> w, bs |-> bio], b, it, IterPages[it]) IN Commit(a, c, r.w, r.bs)

\* Another actor still has a fill of bio b ahead in its program.
FillPending(b, a) ==
    \E x \in Actors \ {a} : \E k \in pc[x]..Len(Prog[x]) :
        Prog[x][k].op \in {"bio_add_page", "bio_iov_iter_get_pages"} /\ Prog[x][k].args[1] = b

(* submit_bio() (block/blk-core.c): the device may now DMA at any time.   *)
(* Fill sites in other contexts run before the submit, as the C code      *)
(* orders them (a simplification: the model has no completion variable). *)
submit_bio(a, c) ==
    LET b == c.args[1]  w == World(a) IN
    /\ ~FillPending(b, a)
    /\ Commit(a, c,
           [w EXCEPT !.harm = @ \cup UNION {Harms(Touch(page[p]), p) : p \in BioPages(b, bio)}],
           [bio EXCEPT ![b].state = "inflight"])

(* wait_for_completion(): the submitter sleeps until bio_endio() ran.     *)
wait_for_completion(a, c) ==
    /\ bio[c.args[1]].state = "done"
    /\ Commit(a, c, World(a), bio)

(* get_page() (include/linux/mm.h): a plain +1, no overflow check.       *)
get_page(a, c) ==
    LET p == c.args[1] IN
    Commit(a, c, [Apply(World(a), p, RefAdd(page[p], 1)) EXCEPT !.got = @ \cup {<<GetPage, p>>}], bio)

(* A release at a call site: put_page() of iterator pages is converted per *)
(* the RELEASE knob; put_page() of a get_page()'d page stays put_page().  *)
CallSiteRelease(a, c, modeOf(_)) ==
    LET p == c.args[1]  src == c.from  how == SourceHow(src)  w == World(a) IN
    IF <<src, p>> \in missed[a]
    THEN Commit(a, c, [w EXCEPT !.note = "skipped: " \o p \o " was not obtained"], bio)
    ELSE Commit(a, c, [ReleaseOne(w, p, how, modeOf(how)) EXCEPT !.got = @ \ {<<src, p>>}], bio)

put_page(a, c) ==
    CallSiteRelease(a, c, LAMBDA how : IF c.from \in Iters THEN SiteMode(how) ELSE "put")

\* unpin_user_page() (mm/gup.c), put_user_page() in 2019: always an unpin.
unpin_user_page(a, c) == CallSiteRelease(a, c, LAMBDA how : "unpin")

RECURSIVE PutEach(_, _, _)
PutEach(w, it, todo) ==
    IF todo = <<>> THEN w
    ELSE LET p == Head(todo) IN
         PutEach(IF <<it, p>> \in w.got
                 THEN [ReleaseOne(w, p, IterHow(it), ExactMode(IterHow(it)))
                          EXCEPT !.got = @ \ {<<it, p>>}]
                 ELSE w,
                 it, Tail(todo))

(* iov_iter_put_pages() (proposed in the thread): balance one             *)
(* iov_iter_get_pages(), releasing each page the way it was taken.        *)
iov_iter_put_pages(a, c) ==
    LET it == c.args[1] IN Commit(a, c, PutEach(World(a), it, IterPages[it]), bio)

(* munmap() (mm/mmap.c): zap the PTE, dropping the mapping's reference    *)
(* (ZERO_PAGE's special PTE holds none).                                  *)
munmap(a, c) ==
    LET p == c.args[1]  w == World(a) IN
    IF ~page[p].mapped THEN Commit(a, c, [w EXCEPT !.note = p \o " is not mapped"], bio)
    ELSE IF IsZero(p) THEN Commit(a, c, [w EXCEPT !.page[p].mapped = FALSE], bio)
    ELSE LET r == PutRefs([page[p] EXCEPT !.mapped = FALSE], 1, FALSE) IN
         Commit(a, c, Apply(w, p, r), bio)

(* truncate_inode_pages() (mm/truncate.c): unmap the page from every      *)
(* process and drop the page cache's reference.                           *)
truncate(a, c) ==
    LET p == c.args[1]  w == World(a)  n == IF page[p].mapped THEN 2 ELSE 1 IN
    IF ~page[p].cache THEN Commit(a, c, [w EXCEPT !.note = p \o " is not in the page cache"], bio)
    ELSE Commit(a, c, Apply(w, p, PutRefs([page[p] EXCEPT !.mapped = FALSE, !.cache = FALSE],
                                          n, FALSE)), bio)

(* folio_clear_dirty_for_io() -> page_mkclean() (mm/page-writeback.c,     *)
(* mm/rmap.c): under the page lock, write-protect the PTEs and clear      *)
(* dirty; the page stays locked for writeback until end_page_writeback.   *)
page_mkclean(a, c) ==
    LET p == c.args[1]  w == World(a) IN
    /\ ~page[p].writeback
    /\ Commit(a, c, Apply(w, p, Result([page[p] EXCEPT !.dirty = FALSE, !.writeback = TRUE],
                                       Touch(page[p]))), bio)

(* folio_maybe_dma_pinned() (include/linux/mm.h), asked by writeback.     *)
folio_maybe_dma_pinned(a, c) ==
    LET p == c.args[1]  pinned == MaybeDmaPinned(page[p], Large[p]) IN
    /\ Commit(a, c, [World(a) EXCEPT !.note = IF pinned THEN "true" ELSE "false"], bio)
    /\ seen' = [seen EXCEPT ![a] = IF pinned THEN @ \cup {p} ELSE @ \ {p}]

(* writepage / ->writepages (the filesystem): write the page out, unless  *)
(* it read pinned (policy "skip": redirty it and leave it for later).     *)
writepage(a, c) ==
    LET p == c.args[1]  w == World(a) IN
    IF p \in seen[a]
    THEN Commit(a, c, [w EXCEPT !.page[p].dirty = TRUE,
                                !.note = "skipped: maybe DMA-pinned, redirtied"], bio)
    ELSE Commit(a, c, [w EXCEPT !.harm = @ \cup Harms(Touch(page[p]), p)
                                  \cup (IF p \in DmaWritePages(bio) THEN Harms({"wb-under-dma"}, p)
                                        ELSE {})], bio)

(* end_page_writeback() (mm/filemap.c): writeback done, page unlocked.    *)
end_page_writeback(a, c) ==
    LET p == c.args[1] IN
    Commit(a, c, [World(a) EXCEPT !.page[p].writeback = FALSE], bio)

\* Dispatch one call of an actor's program by its C name.
Call(a, c) ==
    \/ c.op \in {"iov_iter_get_pages", "iov_iter_get_pages_alloc",
                 "iov_iter_extract_pages"}        /\ iov_iter_get_pages(a, c) /\ UNCHANGED seen
    \/ c.op = "bio_add_page"                      /\ bio_add_page(a, c) /\ UNCHANGED seen
    \/ c.op = "bio_iov_iter_get_pages"            /\ bio_iov_iter_get_pages(a, c) /\ UNCHANGED seen
    \/ c.op = "submit_bio"                        /\ submit_bio(a, c) /\ UNCHANGED seen
    \/ c.op = "wait_for_completion"               /\ wait_for_completion(a, c) /\ UNCHANGED seen
    \/ c.op = "get_page"                          /\ get_page(a, c) /\ UNCHANGED seen
    \/ c.op = "put_page"                          /\ put_page(a, c) /\ UNCHANGED seen
    \/ c.op \in {"unpin_user_page", "put_user_page"} /\ unpin_user_page(a, c) /\ UNCHANGED seen
    \/ c.op = "iov_iter_put_pages"                /\ iov_iter_put_pages(a, c) /\ UNCHANGED seen
    \/ c.op = "munmap"                            /\ munmap(a, c) /\ UNCHANGED seen
    \/ c.op = "truncate"                          /\ truncate(a, c) /\ UNCHANGED seen
    \/ c.op = "page_mkclean"                      /\ page_mkclean(a, c) /\ UNCHANGED seen
    \/ c.op = "folio_maybe_dma_pinned"            /\ folio_maybe_dma_pinned(a, c)
    \/ c.op = "writepage"                         /\ writepage(a, c) /\ UNCHANGED seen
    \/ c.op = "end_page_writeback"                /\ end_page_writeback(a, c) /\ UNCHANGED seen

ActorStep(a) == pc[a] <= Len(Prog[a]) /\ Call(a, Prog[a][pc[a]])

-----------------------------------------------------------------------------
(* The block layer: a submitted bio may be merged into the request of     *)
(* another in flight (blk_attempt_plug_merge / bio_attempt_back_merge).   *)
(* blk_rq_merge_ok() compares the operation, never bi_end_io nor the       *)
(* BIO_PAGE_* flags, so bios with different end_ios do merge.             *)
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
    /\ UNCHANGED <<page, wq, got, missed, pc, seen, bad>>

(* The completion context: the device finished; blk_update_request()      *)
(* (block/blk-mq.c) calls bio_endio() (block/bio.c) on each bio of the    *)
(* request, from the IRQ, at any time after submit. For a READ the device *)
(* wrote the pages, which the end_io dirties (bio_set_pages_dirty /      *)
(* set_page_dirty_lock). A deferred end_io (cifs) only queues the release *)
(* to a workqueue.                                                        *)

\* Release the pages of bio b in world w, with the end_io mode of bio `by`.
RECURSIVE EndIoEach(_, _, _, _)
EndIoEach(w, b, by, k) ==
    IF k > Len(bio[b].pages) THEN w
    ELSE LET e == bio[b].pages[k] IN
         EndIoEach(ReleaseOne(w, e.pg, e.how, EndIoMode(by, e.how)), b, by, k + 1)

RECURSIVE DirtyEach(_, _, _)
DirtyEach(w, b, k) ==
    IF k > Len(bio[b].pages) THEN w
    ELSE LET p == bio[b].pages[k].pg IN
         DirtyEach(IF BioOp[b] = "read" /\ ~w.page[p].freed /\ ~IsZero(p)
                   THEN [w EXCEPT !.page[p].dirty = TRUE] ELSE w, b, k + 1)

\* Whose end_io releases bio x's pages when its request completes.
Releaser(x, head) == IF MERGE = "shared-end-io" THEN head ELSE x

RECURSIVE CompleteEach(_, _, _)
CompleteEach(w, head, todo) ==
    IF todo = {} THEN w
    ELSE LET x == CHOOSE y \in todo : TRUE
             w1 == DirtyEach(w, x, 1)
             w2 == IF BioDeferred[Releaser(x, head)] THEN w1
                   ELSE EndIoEach(w1, x, Releaser(x, head), 1)
         IN CompleteEach(w2, head, todo \ {x})

NoWorld == [page |-> page, harm |-> {}, got |-> {}, missed |-> {}, note |-> ""]

CompletionNote(b) ==
    IF Request(b) = {b} THEN ""
    ELSE IF MERGE = "shared-end-io"
    THEN "HYPOTHETICAL shared end_io: " \o EndIoName(b) \o " releases the pages of every merged bio"
    ELSE "blk_update_request: bio_endio on each merged bio, each with its own end_io"

(* The values are bound with \E x \in {e} rather than LET: the same     *)
(* meaning, but TLC evaluates e once, where in liveness checking (ENABLED *)
(* and the fairness of each step) it evaluated a LET at every use: 25    *)
(* states of dio-zero-page under gup-ref took 108 s, 21 s bound this way *)
(* here and in Commit.                                                    *)
bio_endio(b) ==
    /\ bio[b].state = "inflight"
    /\ IsHead(b)
    /\ \E rq \in {Request(b)} :
        \E w \in {CompleteEach(NoWorld, b, rq)} :
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
        /\ UNCHANGED <<got, missed, pc, seen>>

(* The workqueue (cifs: the end_io queued the release; the work item      *)
(* releases the pages, e.g. cifs_uncached_readdata_release).              *)
process_one_work(b) ==
    LET by == IF MERGE = "shared-end-io" THEN bio[b].rq ELSE b
        w == EndIoEach(NoWorld, b, by, 1)
    IN
    /\ b \in wq
    /\ page' = w.page
    /\ wq' = wq \ {b}
    /\ bad' = bad \cup w.harm \cup FreedUnderDma(w.page, bio)
    /\ ev' = [actor |-> "workqueue", call |-> "process_one_work", args |-> <<b>>,
              site |-> "kernel/workqueue.c:process_one_work",
              note |-> "releases the pages of " \o b]
    /\ UNCHANGED <<bio, got, missed, pc, seen>>

-----------------------------------------------------------------------------
InitPage(p) ==
    [ref |-> CASE PageKind[p] = "user"      -> 1   \* the mapping's ref
               [] PageKind[p] = "pagecache" -> 2   \* page cache + mapping
               [] PageKind[p] = "zero"      -> ZERO_BASE
               [] PageKind[p] = "kernel"    -> 1,  \* the owner's ref
     pin |-> 0, gupref |-> 0,
     mapped |-> PageKind[p] \in {"user", "pagecache", "zero"},
     cache |-> PageKind[p] = "pagecache",
     freed |-> FALSE, wrapped |-> FALSE, dirty |-> FALSE, writeback |-> FALSE]

Init ==
    /\ page = [p \in Pages |-> InitPage(p)]
    /\ bio = [b \in Bios |-> [state |-> "filling", pages |-> <<>>,
                              endio |-> "unset", flags |-> {}, rq |-> b]]
    /\ wq = {}
    /\ got = [a \in Actors |-> {}]
    /\ missed = [a \in Actors |-> {}]
    /\ pc = [a \in Actors |-> 1]
    /\ seen = [a \in Actors |-> {}]
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

NoHarm(h) == \A x \in bad : x.harm # h

NoUnderflow          == NoHarm("underflow")     \* no _refcount/_pincount/GUP-ref below 0
NoUseAfterFree       == NoHarm("uaf")           \* nothing touches a freed page
ZeroPageNeverFreed   == NoHarm("zero-freed")
NoRefcountOverflow   == NoHarm("overflow")
NoWritebackUnderDma  == NoHarm("wb-under-dma")  \* writeback never writes a page a device writes
ReleasedAsTaken      == NoHarm("mismatch")      \* pins unpinned, gets put, no-refs left alone

\* A page a device may be accessing is never reported unpinned (no false
\* negatives). ZERO_PAGE and kernel pages are never written back or
\* COW-broken, so only user and page-cache pages count.
PinsVisible ==
    \A p \in DmaPages(bio) :
        PageKind[p] \in {"user", "pagecache"} => MaybeDmaPinned(page[p], Large[p])

\* No bio holds a pinned page next to one that is not (Hellwig, 2023: "we
\* can't mix different pin vs get types in a bio"). ZERO_PAGE under the
\* pin-neutral design is neither. The per-page-mark design records the mode
\* of every page, so mixing is what it is for: the rule does not apply.
Neutral(e) == IsZero(e.pg) /\ ZERO_PAGE_POLICY = "pin-neutral"
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
Expected(p) ==
    IF IsZero(p) THEN ZERO_BASE
    ELSE (IF page[p].mapped THEN 1 ELSE 0) + (IF page[p].cache THEN 1 ELSE 0)
         + (IF PageKind[p] = "kernel" THEN 1 ELSE 0)
Unbalanced(p) == ~page[p].freed /\ (page[p].ref # Expected(p) \/ page[p].pin # 0 \/ page[p].gupref # 0)
BalancedWhenQuiet == Quiet => \A p \in Pages : ~Unbalanced(p)

\* Every harm, and every leak found once quiet, is preceded (or accompanied)
\* by a WARN on the same page: the thread's "a couple carefully put WARN_ONs
\* in the PUT path can detect any leakage of refs".
HarmKinds == {"underflow", "uaf", "zero-freed", "overflow", "wb-under-dma"}
Warned(p) == [harm |-> "warn", page |-> p] \in bad
Detectable ==
    /\ \A h \in bad : h.harm \in HarmKinds => Warned(h.page)
    /\ Quiet => \A p \in Pages : Unbalanced(p) => Warned(p)

(* Liveness, under weak fairness of every actor, of the completion context *)
(* and of the workqueue: every actor finishes, every submitted bio         *)
(* completes and every page returns to the count its owners account for.  *)
(* Checked without VIEW (TLC's liveness checking needs the whole state).  *)
Fairness == /\ \A a \in Actors : WF_vars(ActorStep(a))
            /\ \A b \in Bios : WF_vars(bio_endio(b))
            /\ \A b \in Bios : WF_vars(process_one_work(b))
FairSpec == Spec /\ Fairness
EventuallyQuiet == <>(Quiet /\ \A p \in Pages : ~Unbalanced(p))

-----------------------------------------------------------------------------
(* Reachable conditions: not failures, but worth knowing they can happen. *)
(* Each is stated as an invariant "never"; a violation is a witness.      *)

NeverFillRejected == NoHarm("fill-rejected")  \* the fill rule refused a page
NeverGrabRefused  == NoHarm("grab-refused")   \* the overflow check refused a GUP
NeverSaturated    == NoHarm("saturated")      \* _refcount wrapped into the negative half

\* Pins held on p: pinned pages an actor holds, or in a bio not yet released.
PinHeld(p) ==
    \/ \E a \in Actors : \E x \in got[a] : x[2] = p /\ x[1] \in Iters /\ IterHow(x[1]) = "pin"
    \/ \E b \in Bios : (bio[b].state # "done" \/ b \in wq) /\
                       \E k \in 1..Len(bio[b].pages) : bio[b].pages[k].pg = p /\ bio[b].pages[k].how = "pin"

\* folio_maybe_dma_pinned() says yes while nobody holds a pin: the accepted
\* false positive (Documentation/core-api/pin_user_pages.rst).
NeverFalsePositivePinned ==
    \A p \in Pages : ~IsZero(p) /\ ~page[p].freed /\ MaybeDmaPinned(page[p], Large[p]) => PinHeld(p)
=============================================================================
