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
    Actors,            \* the scenario's actors (the completion context is "irq")
    Prog,              \* Prog[a]: sequence of [op, args, site, from]
    \* --- design knobs (PageRef.tla has the accounting ones) -----------------
    END_IO,            \* "put-all" | "unpin-all" | "split" | "common-bool" |
                       \* "bio-flag" | "per-page-mark" | "submitter"
    RELEASE            \* what a converted put_page() call site does:
                       \* "put_page" | "put_user_page" | "iov_iter_put_pages"

VARIABLES
    page,    \* page[p]: the struct page record of PageRef.tla
    bio,     \* bio[b]: [state, pages, endio, flags]
    got,     \* got[a]: pairs <<source, page>> actor a holds a ref on
    missed,  \* missed[a]: pairs <<iterator, page>> a's GUP faulted before
    pc,      \* pc[a]: index of a's next call in Prog[a]
    seen,    \* seen[a]: pages writeback actor a found maybe-pinned
    bad,     \* harms so far: [harm, page] records (history, for properties)
    ev       \* the call this step made; not part of the state (see VIEW)

vars == <<page, bio, got, missed, pc, seen, bad, ev>>
View == <<page, bio, got, missed, pc, seen, bad>>

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
    CASE END_IO = "put-all"       -> "put"
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
Commit(a, c, w, bs2) ==
    /\ page' = w.page
    /\ bio' = bs2
    /\ got' = [got EXCEPT ![a] = w.got]
    /\ missed' = [missed EXCEPT ![a] = w.missed]
    /\ pc' = [pc EXCEPT ![a] = @ + 1]
    /\ bad' = bad \cup w.harm \cup FreedUnderDma(w.page, bs2)
    /\ ev' = Event(a, c, w.note)

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
         THEN Miss(w, it, todo, "-ENOMEM: " \o p \o "._refcount <= 0, grab refused")
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

(* bio_add_page() (block/bio.c): append the page; the reference it holds  *)
(* moves into the bio. The first page decides the bio's release mode: the *)
(* _normal/_gup end_io (split), BIO_PAGE_PINNED / BIO_NO_PAGE_REF (flag). *)
bio_add_page(a, c) ==
    LET b == c.args[1]  p == c.args[2]  src == c.from  how == SourceHow(src)
        first == bio[b].pages = <<>>
        w0 == World(a)
        \* fs/direct-io.c takes its ZERO_PAGE ref right before adding it.
        w1 == IF src = FsZero THEN Apply(w0, p, Take(page[p], how, Large[p], TRUE))
              ELSE [w0 EXCEPT !.harm = @ \cup Harms(Touch(page[p]), p)]
        flags == IF ~first \/ END_IO # "bio-flag" THEN bio[b].flags
                 ELSE CASE how = "pin"  -> {"BIO_PAGE_PINNED"}
                        [] how = "none" -> {"BIO_NO_PAGE_REF"}
                        [] OTHER        -> {}
        endio == IF first THEN (IF how = "pin" THEN "gup" ELSE "normal") ELSE bio[b].endio
    IN
    IF <<src, p>> \in missed[a]
    THEN Commit(a, c, [w0 EXCEPT !.note = "skipped: " \o p \o " was not obtained"], bio)
    ELSE Commit(a, c, w1,
                [bio EXCEPT ![b].pages = Append(@, [pg |-> p, how |-> how]),
                            ![b].flags = flags, ![b].endio = endio])

(* submit_bio() (block/blk-core.c): the device may now DMA at any time.   *)
submit_bio(a, c) ==
    LET b == c.args[1]  w == World(a) IN
    Commit(a, c,
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
(* The completion context: bio_endio() (block/bio.c) from the device's    *)
(* IRQ, at any time after submit, calls the bio's bi_end_io. For a READ   *)
(* the device wrote the pages, which the end_io dirties                   *)
(* (bio_set_pages_dirty / set_page_dirty_lock).                           *)

RECURSIVE EndIoEach(_, _, _)
EndIoEach(w, b, k) ==
    IF k > Len(bio[b].pages) THEN w
    ELSE LET e == bio[b].pages[k]
             w1 == IF BioOp[b] = "read" /\ ~w.page[e.pg].freed /\ ~IsZero(e.pg)
                   THEN [w EXCEPT !.page[e.pg].dirty = TRUE] ELSE w
         IN EndIoEach(ReleaseOne(w1, e.pg, e.how, EndIoMode(b, e.how)), b, k + 1)

bio_endio(b) ==
    LET w == EndIoEach([page |-> page, harm |-> {}, got |-> {}, missed |-> {}, note |-> ""], b, 1)
        bs2 == [bio EXCEPT ![b].state = "done"]
    IN
    /\ bio[b].state = "inflight"
    /\ page' = w.page
    /\ bio' = bs2
    /\ bad' = bad \cup w.harm \cup FreedUnderDma(w.page, bs2)
    /\ ev' = [actor |-> "irq", call |-> EndIoName(b), args |-> <<b>>,
              site |-> "block/bio.c:bio_endio", note |-> ""]
    /\ UNCHANGED <<got, missed, pc, seen>>

-----------------------------------------------------------------------------
InitPage(p) ==
    [ref |-> CASE PageKind[p] = "user"      -> 1   \* the mapping's ref
               [] PageKind[p] = "pagecache" -> 2   \* page cache + mapping
               [] PageKind[p] = "zero"      -> ZERO_BASE
               [] PageKind[p] = "kernel"    -> 1,  \* the owner's ref
     pin |-> 0, gupref |-> 0,
     mapped |-> PageKind[p] \in {"user", "pagecache", "zero"},
     cache |-> PageKind[p] = "pagecache",
     freed |-> FALSE, dirty |-> FALSE, writeback |-> FALSE]

Init ==
    /\ page = [p \in Pages |-> InitPage(p)]
    /\ bio = [b \in Bios |-> [state |-> "filling", pages |-> <<>>,
                              endio |-> "unset", flags |-> {}]]
    /\ got = [a \in Actors |-> {}]
    /\ missed = [a \in Actors |-> {}]
    /\ pc = [a \in Actors |-> 1]
    /\ seen = [a \in Actors |-> {}]
    /\ bad = {}
    /\ ev = [actor |-> "", call |-> "init", args |-> <<>>, site |-> "", note |-> ""]

Next == \/ \E a \in Actors : ActorStep(a)
        \/ \E b \in Bios : bio_endio(b)

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
\* pin-neutral design is neither.
Neutral(e) == IsZero(e.pg) /\ ZERO_PAGE_POLICY = "pin-neutral"
NoMixedBio ==
    \A b \in Bios : ~\E j, k \in 1..Len(bio[b].pages) :
        /\ ~Neutral(bio[b].pages[j]) /\ ~Neutral(bio[b].pages[k])
        /\ bio[b].pages[j].how = "pin" /\ bio[b].pages[k].how # "pin"

\* Once every actor finished and no bio is in flight, every page is back at
\* the count its owners account for: no leaked reference or pin. A page that
\* went back to the allocator is balanced here; freeing it too early is what
\* NoUseAfterFree and NoUnderflow catch.
Quiet == /\ \A a \in Actors : pc[a] > Len(Prog[a])
         /\ InFlight(bio) = {}
Expected(p) ==
    IF IsZero(p) THEN ZERO_BASE
    ELSE (IF page[p].mapped THEN 1 ELSE 0) + (IF page[p].cache THEN 1 ELSE 0)
         + (IF PageKind[p] = "kernel" THEN 1 ELSE 0)
BalancedWhenQuiet ==
    Quiet => \A p \in Pages :
                 \/ page[p].freed
                 \/ /\ page[p].ref = Expected(p)
                    /\ page[p].pin = 0
                    /\ page[p].gupref = 0
=============================================================================
