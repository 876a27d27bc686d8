module Pinning

/*
 * Bounded Alloy 6 mirror of specs/tla/PageRef.tla and specs/tla/Pinning.tla:
 * pages, iterators, bios and the actors of a kernel I/O path under one design
 * variant of GUP page tracking. Operators carry the TLA+ names so the two read
 * side by side. The scenario (one sig per page, iterator, bio, actor and program
 * line, and constant funs for the scenario's tables) and the design (one
 * constant fun per knob and per scaled number, named as the TLA+ CONSTANTS) come
 * from a generated glue appended to this module; the glue also holds the check
 * commands. PageRef.tla is the first section below, Pinning.tla the rest.
 *
 * How the TLA+ operators map here:
 *  - a TLA+ operator on a page record returning [pg, harm] is a pred that fixes
 *    the page's counts in the next state (RefAdd, PutRefs, Pin, Unpin, Take,
 *    Release) and a fun of the same name + "Harm" giving the harms it records;
 *  - the world of a step is the next state; each step states every variable it
 *    leaves alone (frame conditions), as UNCHANGED does;
 *  - ev is the event relations of the one sig Ev (actor, call, arg1, arg2,
 *    site, note, note_page), set by every step.
 *
 * Simplifications relative to Pinning.tla (each also noted where it applies):
 *  - a request completes its bios in one step, each bio's pages all at once:
 *    the emitter refuses a scenario where one page may sit in two bios of one
 *    request (two bios of the same operation sharing a page, when MERGE merges),
 *    or twice in one bio, so the order CompleteEach picks changes nothing;
 *  - bio_iov_iter_get_pages adds the iterator's pages at once; a page the fill
 *    rule refuses right after GUP took it is given back in the same step, with no
 *    net change of its counts and only the take's harms, as for ZERO_PAGE below;
 *  - where TLA+ folds over a sequence (GupEach over an iterator's pages, the
 *    end_io's EndIoEach/DirtyEach over a bio's pages, PutEach), this module
 *    updates every page at once: the pages of one iterator and of one bio are
 *    distinct in these scenarios (the emitter checks), so the fold's order does
 *    not change the result;
 *  - a bio's pages are a relation page -> how, not a sequence; the first page's
 *    how (which decides the fill rule's Compatible) is kept in `head`;
 *  - a ZERO_PAGE the filesystem took and the one-iter fill rule refused is given
 *    back in the same step: modelled as no net change of its counts and only the
 *    take's harms (exact unless the count sits at the wrap boundary, or ZERO_BASE =
 *    BIAS - 1 where giving back a get would fire the below-bias WARN);
 *  - notes are atoms (NoteSkipped, NoteEfault, ...) with a page, not strings:
 *    Alloy has no string concatenation; Java words them as the TLA+ model does
 *    (the object a note names is ev_note_page, a page or, for the work item, a bio);
 *  - safety only: every invariant of Pinning.tla is an assertion here (same name,
 *    its state formula as <Name>Inv); the liveness property EventuallyQuiet is
 *    not checked by Alloy (TLC checks it under weak fairness);
 *  - the stutter step (idle) keeps every variable, the event too, so a quiet
 *    state can loop on itself: every Alloy 6 trace is infinite. Every real step
 *    changes a pc, a bio's state or request, or wq, so a step that changes nothing
 *    is a stutter.
 */

----------------------------------------------------------------------------
-- Knobs: one value each, fixed by the glue (the cfg's constants in TLA+).

abstract sig PinAccounting {}
one sig acct_get, acct_bias, acct_pincount, acct_gup_ref extends PinAccounting {}
abstract sig ZeroPagePolicy {}
one sig zero_get, zero_pin, zero_no_ref, zero_pin_neutral extends ZeroPagePolicy {}
abstract sig EndIoDesign {}
one sig endio_put_all, endio_unpin_all, endio_split, endio_common_bool, endio_bio_flag,
        endio_per_page_mark, endio_submitter extends EndIoDesign {}
abstract sig ReleaseDesign {}
one sig release_put_page, release_put_user_page, release_iov_iter_put_pages extends ReleaseDesign {}
abstract sig OverflowCheck {}
one sig overflow_none, overflow_sign extends OverflowCheck {}
abstract sig FillRule {}
one sig fill_any, fill_one_iter extends FillRule {}
abstract sig WarnKind {}
one sig warn_none, warn_underflow, warn_below_bias, warn_add_pin, warn_grab, warn_kernel extends WarnKind {}
abstract sig MergeDesign {}
one sig merge_none, merge_own_end_io, merge_shared_end_io extends MergeDesign {}

-- The glue defines each knob as a constant fun named as the TLA+ CONSTANT:
--     fun PIN_ACCOUNTING: PinAccounting { acct_bias }
-- and likewise ZERO_PAGE_POLICY, OVERFLOW_CHECK, WARN (PageRef.tla), END_IO,
-- RELEASE, FILL_RULE, MERGE (Pinning.tla). A constant, not a field fixed by a
-- fact, so the translation folds every branch of another design away.
--
-- The kernel's numbers scaled down (GUP_PIN_COUNTING_BIAS, INT_MAX, ZERO_PAGE's
-- boot count), also constant funs of the glue: BIAS, REF_MAX, ZERO_BASE. The
-- check needs an Int width holding -(REF_MAX+1)-BIAS .. REF_MAX+BIAS: 6 Int bits
-- (-32..31) for BIAS 4, REF_MAX 15.
-- -(REF_MAX + 1), the most negative _refcount
fun MinRef: Int { 0.minus[REF_MAX.plus[1]] }

-- Arithmetic on a variable count is done by joins with constant tables the glue
-- writes out, never by Alloy's integer operators: casting a variable Int relation
-- to an integer sums over every Int atom, and that made one step of a small
-- scenario take minutes to translate. The glue's tables (x ranges over the Int
-- atoms of the check's width):
--   RefPlus: n -> x -> Wrap(x + n) and RefMinus: n -> x -> Wrap(x - n), for the
--     amounts n a step adds or takes (1, 2 for truncate, BIAS) and x in MinRef..REF_MAX;
--   Succ: x -> x + 1 (pin counters, pc; Pred is its converse);
--   Neg (x < 0), Pos (x > 0), Zero, One, AtLeastBias (x >= BIAS), RefRange
--     (MinRef..REF_MAX).
fun Pred: Int -> Int { ~Succ }
fun NonPos: set Int { Int - Pos }

----------------------------------------------------------------------------
-- The scenario's objects (the glue extends these with one sig each).

abstract sig PageKind {}
one sig kind_user, kind_pagecache, kind_zero, kind_kernel extends PageKind {}
abstract sig IterKind {}
one sig iter_iovec, iter_ubuf, iter_bvec, iter_kvec, iter_pipe extends IterKind {}
abstract sig Dir {}
one sig dir_source, dir_dest extends Dir {}
abstract sig BioOp {}
one sig op_read, op_write extends BioOp {}

-- Anything a call can name as an argument.
abstract sig Name {}
-- Where a reference came from: an iterator, get_page(), or the filesystem's ZERO_PAGE.
-- (Src is Iter + SrcTag: an iterator is a source, and Alloy sigs are disjoint.)
abstract sig SrcTag {}
one sig FsZero, GetPage extends SrcTag {}

-- How a reference was taken, and how one is released.
abstract sig How {}
one sig how_pin, how_get, how_none extends How {}
abstract sig Mode {}
one sig mode_unpin, mode_put, mode_none extends Mode {}

-- The release mode a bio chose when its first page went in (split end_io).
abstract sig EndIoKind {}
one sig gup, normal extends EndIoKind {}
abstract sig Flag {}
one sig BIO_PAGE_PINNED, BIO_NO_PAGE_REF extends Flag {}
abstract sig BioState {}
one sig filling, inflight, done extends BioState {}

-- What went wrong (and reachable conditions), recorded per page in `bad`.
abstract sig Harm { var bad: set Page }
one sig H_underflow, H_uaf, H_zero_freed, H_overflow, H_wb_under_dma, H_mismatch,
        H_saturated, H_grab_refused, H_fill_rejected, H_warn extends Harm {}

-- struct page / struct folio, the fields PageRef.tla's record has.
-- The scenario's constants are funs of the glue as well (PageKind, Large,
-- IterKind, IterDir, IterPages, BioOp, BioNoRelease, Prog of Pinning.tla):
--   kind: Page -> PageKind, Large: set Page,
--   ikind: Iter -> IterKind, idir: Iter -> Dir, ipages: Iter -> Int -> Page
--     (0-based index -> page), rw: Bio -> BioOp, no_release: Bio -> Bio (itself
--     when the end_io releases nothing), deferred: set Bio (BioDeferred: the
--     end_io queues the release to the workqueue), name_gup, name_normal: Bio -> String
--     (EndIoName per release mode), len: Actor -> Int (Len(Prog[a])), and per
--     program line who: Line -> Actor, idx: Line -> Int, op, site: Line -> String,
--     arg1, arg2: Line -> Name, from: Line -> Iter + SrcTag.
abstract sig Page extends Name {
    var ref: one Int,      -- _refcount (scaled, wraps at REF_MAX)
    var pin: one Int,      -- _pincount, or the pincount design's counter
    var gupref: one Int    -- the gup-ref design's separate GUP-ref
}
var sig Mapped, Cached, Freed, Wrapped, Dirty, UnderWriteback in Page {}

abstract sig Iter extends Name {}

abstract sig Bio extends Name {
    var state: one BioState,
    var pages: Page -> lone How,   -- bio[b].pages as page -> how
    var head: lone Page,           -- the first page added
    var endio: lone EndIoKind,     -- unset until the first page
    var flags: set Flag,
    var rq: one Bio                -- the first bio of the request b was merged into (b if none)
}
-- bios whose end_io queued their release to the workqueue
var sig wq in Bio {}

-- Who makes a call: a scenario actor, the completion context or the workqueue.
abstract sig Who {}
one sig irq, workqueue, block extends Who {}
abstract sig Actor extends Who {
    var pc: one Int,         -- index of the next call
    var got: (Iter + SrcTag) -> Page, -- pairs <<source, page>> held
    var missed: Iter -> Page,-- pairs <<iterator, page>> a GUP faulted before
    var seen: set Page       -- pages a writeback actor found maybe-pinned
}

-- One line of an actor's program: C(op, args, site, from) of the TLA+ glue.
abstract sig Line {}

-- Why a call did less than asked, worded by Java as Pinning.tla words it.
abstract sig Note {}
one sig NoteSkipped, NoteEfault, NoteEnomem, NoteRejected, NoteTrue, NoteFalse,
        NoteNotMapped, NoteNotCached, NoteRedirtied, NoteQueued, NoteWorkReleases,
        -- blk_rq_merge and the completion of a merged request (CompletionNote)
        NoteSharedMerge, NoteOwnEndIo, NoteSharedEndIo, NoteOwnEndIoQueued, NoteSharedEndIoQueued extends Note {}

-- ev: the call the last step made (kept by a stutter step).
one sig Ev {
    var ev_actor: lone Who,
    var ev_call: lone String,
    var ev_arg1, ev_arg2: lone Name,
    var ev_site: lone String,
    var ev_note: lone Note,
    var ev_note_page: lone Name   -- the page (or, for the work item, the bio) a note names
}

----------------------------------------------------------------------------
-- PageRef.tla

pred IsZero[p: Page] { p.kind = kind_zero }

-- The 32-bit atomic_t wraps: one past REF_MAX reads as -(REF_MAX + 1).
-- (Span is never formed: 2*(REF_MAX+1) does not fit 6 Int bits.)
-- (Wrap(n) is folded into the glue's RefPlus and RefMinus tables.)
fun AddRef[x: Int, n: Int]: Int { x.(n.RefPlus) }
fun SubRef[x: Int, n: Int]: Int { x.(n.RefMinus) }

-- Touching a page that went back to the allocator is a use-after-free.
fun Touch[p: Page]: set Harm { p in Freed => H_uaf else none }

-- The counts a PageRef operator sets: _refcount and its wrap/free state ...
pred KeepRef[p: Page] {
    p.ref' = p.ref
    p in Wrapped' iff p in Wrapped
    p in Freed' iff p in Freed
}
-- ... and the pin counters.
pred KeepPins[p: Page] { p.pin' = p.pin and p.gupref' = p.gupref }
pred KeepCounts[p: Page] { KeepRef[p] and KeepPins[p] }
-- The page-state flags the callers set.
pred KeepFlags[p: Page] {
    p in Mapped' iff p in Mapped
    p in Cached' iff p in Cached
    p in Dirty' iff p in Dirty
    p in UnderWriteback' iff p in UnderWriteback
}
pred KeepPage[p: Page] { KeepCounts[p] and KeepFlags[p] }

-- page_ref_add(): passing REF_MAX wraps into the negative half ("saturated");
-- an increment bringing a wrapped count back to >= 0 is "overflow".
-- x + n > REF_MAX: from >= 0 to the negative half (x < 0 cannot pass REF_MAX by n <= BIAS).
pred Wraps[p: Page, n: Int] { p.ref not in Neg and AddRef[p.ref, n] in Neg }
-- x < 0 and x + n >= 0 (no wrap: x + n < n).
pred ComesRound[p: Page, n: Int] { p in Wrapped and p.ref in Neg and AddRef[p.ref, n] not in Neg }
pred RefAdd[p: Page, n: Int] {
    p.ref' = AddRef[p.ref, n]
    p in Wrapped' iff ((p in Wrapped or Wraps[p, n]) and not ComesRound[p, n])
    p in Freed' iff p in Freed
}
fun RefAddHarm[p: Page, n: Int]: set Harm {
    Touch[p] + (Wraps[p, n] => H_saturated else none)
             + (ComesRound[p, n] => H_overflow else none)
}

-- Which WARN_ONs the instrumentation has. (Warn(cond, kind) of PageRef.tla is
-- written out as "(cond and Warns[kind]) => H_warn else none": Alloy funs take
-- no formula arguments.)
pred Warns[k: WarnKind] { WARN = k or (WARN = warn_kernel and k in warn_add_pin + warn_grab) }

-- x - n < MinRef: back from the negative half (x >= 0 cannot, n <= BIAS).
pred Unwraps[p: Page, n: Int] { p.ref in Neg and SubRef[p.ref, n] not in Neg }
-- x >= 0 and x - n < 0, not wrapped: an underflow.
pred Under[p: Page, n: Int] { p.ref not in Neg and SubRef[p.ref, n] in Neg and p not in Wrapped }

-- folio_put_refs(): subtract; exactly zero frees the page.
pred PutRefs[p: Page, n: Int] {
    p.ref' = SubRef[p.ref, n]
    p in Freed' iff (p in Freed or SubRef[p.ref, n] in Zero)
    p in Wrapped' iff (p in Wrapped and not Unwraps[p, n])
}
fun PutRefsHarm[p: Page, n: Int]: set Harm {
    Touch[p]
    + (Under[p, n] => H_underflow else none)
    -- WARN on underflow, or the thread's WARN when one put drops _refcount just below the bias
    + ((Under[p, n] and Warns[warn_underflow]) => H_warn else none)
    + ((n = 1 and p.ref in AtLeastBias and SubRef[p.ref, 1] not in AtLeastBias and Warns[warn_below_bias])
       => H_warn else none)
    + ((SubRef[p.ref, n] in Zero and IsZero[p]) => H_zero_freed else none)
}

-- "mm: Don't pin ZERO_PAGE in pin_user_pages()" (v6.5).
pred PinNeutral[p: Page] { IsZero[p] and ZERO_PAGE_POLICY = zero_pin_neutral }

-- Take one pin per the pin-accounting design (try_grab_folio(FOLL_PIN)).
pred Pin[p: Page] {
    PinNeutral[p] => KeepCounts[p]
    else PIN_ACCOUNTING = acct_get => (RefAdd[p, 1] and KeepPins[p])
    else (PIN_ACCOUNTING = acct_bias and p not in Large) => (RefAdd[p, BIAS] and KeepPins[p])
    else PIN_ACCOUNTING in acct_bias + acct_pincount => (RefAdd[p, 1] and p.pin' = p.pin.Succ and p.gupref' = p.gupref)
    else -- gup-ref: the first GUP-ref takes one page ref, later ones only count
        ((p.gupref in Zero => RefAdd[p, 1] else KeepRef[p])
         and p.pin' = p.pin and p.gupref' = p.gupref.Succ)
}
fun PinHarm[p: Page]: set Harm {
    PinNeutral[p] => Touch[p]
    else PIN_ACCOUNTING = acct_get => RefAddHarm[p, 1]
    else (PIN_ACCOUNTING = acct_bias and p not in Large) => RefAddHarm[p, BIAS]
    else PIN_ACCOUNTING in acct_bias + acct_pincount => RefAddHarm[p, 1]
    else (p.gupref in Zero => RefAddHarm[p, 1] else Touch[p])
}

-- Drop one pin: unpin_user_page() -> gup_put_folio(), or 2019's put_user_page().
pred Unpin[p: Page] {
    PinNeutral[p] => KeepCounts[p]
    else PIN_ACCOUNTING = acct_get => (PutRefs[p, 1] and KeepPins[p])
    else (PIN_ACCOUNTING = acct_bias and p not in Large) => (PutRefs[p, BIAS] and KeepPins[p])
    else PIN_ACCOUNTING in acct_bias + acct_pincount => (PutRefs[p, 1] and p.pin' = p.pin.Pred and p.gupref' = p.gupref)
    else -- gup-ref (Harrosh): the last GUP-dec does put_page
        ((p.gupref in One => PutRefs[p, 1] else KeepRef[p])
         and p.pin' = p.pin and p.gupref' = p.gupref.Pred)
}
fun UnpinHarm[p: Page]: set Harm {
    PinNeutral[p] => Touch[p]
    else PIN_ACCOUNTING = acct_get => PutRefsHarm[p, 1]
    else (PIN_ACCOUNTING = acct_bias and p not in Large) => PutRefsHarm[p, BIAS]
    else PIN_ACCOUNTING in acct_bias + acct_pincount => PutRefsHarm[p, 1] + (p.pin in NonPos => H_underflow else none)
        + ((p.pin in NonPos and Warns[warn_underflow]) => H_warn else none)
    else (p.gupref in One => PutRefsHarm[p, 1] else Touch[p]) + (p.gupref in NonPos => H_underflow else none)
        + ((p.gupref in NonPos and Warns[warn_underflow]) => H_warn else none)
}

-- The grab path's overflow check: "sign" refuses when _refcount <= 0.
pred GrabRefused[p: Page] { OVERFLOW_CHECK = overflow_sign and p.ref in NonPos }

-- How a reference is taken: pin (FOLL_PIN), get (get_page / FOLL_GET), none.
pred Take[p: Page, how: How] {
    how = how_pin => Pin[p]
    else how = how_get => (RefAdd[p, 1] and KeepPins[p])
    else KeepCounts[p]
}
fun TakeHarm[p: Page, how: How]: set Harm {
    how = how_pin => PinHarm[p] else how = how_get => RefAddHarm[p, 1] else Touch[p]
}

-- Release one reference with the given mode: unpin, put or none.
pred Release[p: Page, mode: Mode] {
    mode = mode_unpin => Unpin[p]
    else mode = mode_put => (PutRefs[p, 1] and KeepPins[p])
    else KeepCounts[p]
}
fun ReleaseHarm[p: Page, mode: Mode]: set Harm {
    mode = mode_unpin => UnpinHarm[p] else mode = mode_put => PutRefsHarm[p, 1] else none
}

-- A release that does not match how the ref was taken.
pred Mismatch[how: How, mode: Mode] {
    (mode = mode_put and how = how_pin and PIN_ACCOUNTING != acct_get)
    or (mode = mode_unpin and how = how_get and PIN_ACCOUNTING != acct_get)
    or (mode != mode_none and how = how_none)
}

-- folio_maybe_dma_pinned(): exact for large folios; (unsigned)_refcount >= BIAS for
-- small ones, so a wrapped count reads pinned; "get" carries no pin information.
pred MaybeDmaPinned[p: Page] {
    PIN_ACCOUNTING = acct_get => some none   -- FALSE
    else PIN_ACCOUNTING = acct_bias => (p in Large => p.pin in Pos else p.ref in AtLeastBias + Neg)
    else PIN_ACCOUNTING = acct_pincount => p.pin in Pos
    else p.gupref in Pos
}

----------------------------------------------------------------------------
-- Pinning.tla: sources of references, release modes.

pred UserBacked[i: Iter] { i.ikind in iter_iovec + iter_ubuf }

fun IterHow[i: Iter]: How {
    UserBacked[i] => (PIN_ACCOUNTING = acct_get => how_get else how_pin)
    else i.ikind = iter_pipe => how_get
    else how_none
}

fun ZeroHow: How {
    ZERO_PAGE_POLICY = zero_get => how_get
    else ZERO_PAGE_POLICY = zero_no_ref => how_none
    else how_pin      -- "pin", and "pin-neutral" (a pin that is a no-op)
}

fun SourceHow[src: Iter + SrcTag]: How {
    src = FsZero => ZeroHow else src = GetPage => how_get else IterHow[src]
}

fun InFlight: set Bio { state.inflight }
fun DmaPages: set Page { InFlight.pages.How }
-- A READ bio's device writes into memory.
fun DmaWritePages: set Page { (InFlight & rw.op_read).pages.How }

fun ExactMode[how: How]: Mode {
    how = how_pin => mode_unpin else how = how_get => mode_put else mode_none
}

-- Which release the end_io does for one page, per the end_io design.
fun EndIoMode[b: Bio, how: How]: Mode {
    some b.no_release => mode_none
    else END_IO = endio_put_all => mode_put
    else END_IO = endio_unpin_all => mode_unpin
    else END_IO = endio_split => (b.endio = gup => mode_unpin else mode_put)
    else END_IO = endio_common_bool => (how_pin in Page.(b.pages) => mode_unpin else mode_put)
    else END_IO = endio_bio_flag =>
        (BIO_NO_PAGE_REF in b.flags => mode_none
         else BIO_PAGE_PINNED in b.flags => mode_unpin else mode_put)
    else END_IO = endio_per_page_mark => ExactMode[how]
    else mode_none   -- submitter
}

-- The C function bio_endio() calls (the glue spells each bio's two names).
fun EndIoName[b: Bio]: String { b.endio = gup => b.name_gup else b.name_normal }

-- What a put_page() call site releasing iterator pages does once converted.
fun SiteMode[how: How]: Mode {
    RELEASE = release_put_page => mode_put
    else RELEASE = release_put_user_page => mode_unpin
    else ExactMode[how]
}

----------------------------------------------------------------------------
-- Frames and commits.

pred KeepBio[b: Bio] {
    b.state' = b.state and b.pages' = b.pages and b.head' = b.head
    b.endio' = b.endio and b.flags' = b.flags and b.rq' = b.rq
}
pred KeepBios { all b: Bio | KeepBio[b] }
pred KeepActor[a: Actor] {
    a.pc' = a.pc and a.got' = a.got and a.missed' = a.missed and a.seen' = a.seen
}
pred KeepPagesBut[ps: set Page] { all p: Page - ps | KeepPage[p] }

-- Pages this step freed while a device may still access them (FreedUnderDma).
fun FreedUnderDma: Harm -> Page { H_uaf -> ((DmaPages' & Freed') - Freed) }

-- Record this step's harms; bad is a history.
pred Record[h: Harm -> Page] { bad' = bad + h + FreedUnderDma }

pred Event[a: Who, c: String, x, y: lone Name, s: String, n: lone Note, np: lone Name] {
    Ev.ev_actor' = a and Ev.ev_call' = c and Ev.ev_arg1' = x and Ev.ev_arg2' = y
    Ev.ev_site' = s and Ev.ev_note' = n and Ev.ev_note_page' = np
}

-- Commit an actor's step: its pc advances, its event is recorded, other
-- actors keep their state, the workqueue too (UNCHANGED wq). The caller fixes
-- pages, bios, got, missed, seen.
pred Commit[a: Actor, l: Line, h: Harm -> Page, n: lone Note, np: lone Page] {
    a.pc' = a.pc.Succ
    all x: Actor - a | KeepActor[x]
    wq' = wq
    Record[h]
    Event[a, l.op, l.arg1, l.arg2, l.site, n, np]
}
-- A step that changes no page, no bio, nothing of the actor's but its pc.
pred CommitOnly[a: Actor, l: Line, h: Harm -> Page, n: lone Note, np: lone Page] {
    Commit[a, l, h, n, np]
    KeepPagesBut[none] and KeepBios
    a.got' = a.got and a.missed' = a.missed and a.seen' = a.seen
}

----------------------------------------------------------------------------
-- The calls an actor's program can make.

-- GUP of the page at index k of iterator i would succeed in the current state.
pred GupOk[i: Iter, p: Page] {
    not UserBacked[i] or (p in Mapped and p not in Freed and not GrabRefused[p])
}
-- The pages GupEach takes: each page before the first one that fails.
fun GupTaken[i: Iter]: set Page {
    { p: Page | some k: i.ipages.Page | k.(i.ipages) = p and
                all j: i.ipages.Page | j <= k => GupOk[i, j.(i.ipages)] }
}
-- The page where GUP stopped, and the pages from there on (missed).
fun GupStop[i: Iter]: lone Page {
    { p: Page | some k: i.ipages.Page | k.(i.ipages) = p and not GupOk[i, p] and
                all j: i.ipages.Page | j < k => GupOk[i, j.(i.ipages)] }
}
fun GupMissed[i: Iter]: set Page { Int.(i.ipages) - GupTaken[i] }

-- GUP stopped at a mapped, live page: the overflow check refused it (-ENOMEM).
pred Refused[stop: lone Page] { some stop and stop in Mapped - Freed }

-- FOLL_WRITE faults on a PTE page_mkclean() write-protected and waits for
-- writeback before the page can be pinned (Pinning.tla: GupMustWait).
pred GupMustWait[i: Iter] {
    UserBacked[i] and i.idir = dir_dest and some Int.(i.ipages) & UnderWriteback
}

-- iov_iter_get_pages() / _alloc() / iov_iter_extract_pages() (lib/iov_iter.c):
-- take each page in order; an unmapped address faults (-EFAULT), the overflow
-- check refuses (-ENOMEM); either way GUP takes nothing more. (All pages at once:
-- an iterator's pages are distinct.)
pred iov_iter_get_pages[a: Actor, l: Line, i: Iter] {
    let taken = GupTaken[i], stop = GupStop[i] {
        not GupMustWait[i]
        all p: taken | Take[p, IterHow[i]] and KeepFlags[p]
        KeepPagesBut[taken]
        KeepBios
        a.got' = a.got + i -> taken
        a.missed' = a.missed - i -> taken + i -> GupMissed[i]
        a.seen' = a.seen
        Commit[a, l, { h: Harm, p: Page | p in taken and h in TakeHarm[p, IterHow[i]] }
                     -- try_grab_folio(): WARN_ON_ONCE(folio_ref_count(folio) <= 0), then -ENOMEM
                     + (Refused[stop] => H_grab_refused -> stop else none -> none)
                     + ((Refused[stop] and Warns[warn_grab]) => H_warn -> stop else none -> none),
               (no stop => none else Refused[stop] => NoteEnomem else NoteEfault), stop]
    }
}

-- Would the bio's release give back a page taken as `how` the way it was taken?
pred Compatible[b: Bio, how: How, p: Page] {
    no b.pages
    or END_IO = endio_per_page_mark
    or ExactMode[how] = ExactMode[b.head.(b.pages)]
    or (IsZero[p] and ZERO_PAGE_POLICY = zero_pin_neutral and b.head.(b.pages) = how_pin)
}

-- fs/direct-io.c's ZERO_PAGE ref is folio_add_pin() since 2023, which WARNs if
-- the folio is not pinned (and returns at once for the zero folio).
fun AddPinWarn[p: Page, how: How]: set Harm {
    (how = how_pin and ZERO_PAGE_POLICY != zero_pin_neutral and not MaybeDmaPinned[p]
     and Warns[warn_add_pin]) => H_warn else none
}

-- bio_add_page() (block/bio.c): append the page; the reference it holds moves
-- into the bio. fs/direct-io.c takes its ZERO_PAGE ref right before adding it.
-- Under the one-iter fill rule a page the bio would release the wrong way is
-- refused and given back the way it was taken (AddPage).
pred bio_add_page[a: Actor, l: Line, b: Bio, p: Page, src: Iter + SrcTag] {
    let how = SourceHow[src] {
        a.missed' = a.missed and a.seen' = a.seen
        src -> p in a.missed => {
            CommitOnly[a, l, none -> none, NoteSkipped, p]
        } else (FILL_RULE = fill_one_iter and not Compatible[b, how, p]) => {
            -- refused: ReleaseOne(how, ExactMode(how)); for FsZero the ref just
            -- taken is given back in the same step (no net change, see header)
            src = FsZero => KeepCounts[p] else Release[p, ExactMode[how]]
            KeepFlags[p] and KeepPagesBut[p] and KeepBios
            a.got' = a.got - src -> p
            Commit[a, l, H_fill_rejected -> p
                         + (src = FsZero => (TakeHarm[p, how] + AddPinWarn[p, how]) -> p
                            else ReleaseHarm[p, ExactMode[how]] -> p),
                   NoteRejected, p]
        } else {
            src = FsZero => Take[p, how] else KeepCounts[p]
            KeepFlags[p] and KeepPagesBut[p]
            all x: Bio - b | KeepBio[x]
            b.state' = b.state and b.rq' = b.rq
            b.pages' = b.pages + p -> how
            no b.pages => (b.head' = p and b.endio' = (how = how_pin => gup else normal)
                           and b.flags' = (END_IO != endio_bio_flag => b.flags
                                           else how = how_pin => BIO_PAGE_PINNED
                                           else how = how_none => BIO_NO_PAGE_REF else none))
                     else (b.head' = b.head and b.endio' = b.endio and b.flags' = b.flags)
            a.got' = a.got
            Commit[a, l, (src = FsZero => (TakeHarm[p, how] + AddPinWarn[p, how]) -> p else none -> none)
                         + Touch[p] -> p,
                   none, none]
        }
    }
}

-- The page of ps that comes first in iterator i.
fun FirstIn[i: Iter, ps: set Page]: lone Page {
    { p: ps | all q: ps | (i.ipages).p <= (i.ipages).q }
}
-- ... and the one that comes last.
fun LastIn[i: Iter, ps: set Page]: lone Page {
    { p: ps | all q: ps | (i.ipages).p >= (i.ipages).q }
}

-- bio_iov_iter_get_pages() (block/bio.c, 2023): GUP the iterator's pages as
-- iov_iter_get_pages does, then add every page the actor holds of it to the bio
-- (AddEach), each judged by the fill rule against the bio as it was before the
-- call (Compatible reads bio, not the pages this call added). The first page
-- going into an empty bio decides its release mode.
pred bio_iov_iter_get_pages[a: Actor, l: Line, b: Bio, i: Iter] {
    let taken = GupTaken[i], stop = GupStop[i], how = IterHow[i],
        held = i.(a.got) + taken,
        rejected = { p: held | FILL_RULE = fill_one_iter and not Compatible[b, how, p] },
        added = held - rejected {
        not GupMustWait[i]
        all p: taken - rejected | Take[p, how] and KeepFlags[p]
        all p: rejected - taken | Release[p, ExactMode[how]] and KeepFlags[p]
        all p: taken & rejected | KeepCounts[p] and KeepFlags[p]
        KeepPagesBut[taken + rejected]
        all x: Bio - b | KeepBio[x]
        b.state' = b.state and b.rq' = b.rq
        b.pages' = b.pages + added -> how
        (no b.pages and some added) => (b.head' = FirstIn[i, added] and b.endio' = (how = how_pin => gup else normal)
                                        and b.flags' = (END_IO != endio_bio_flag => b.flags
                                                        else how = how_pin => BIO_PAGE_PINNED
                                                        else how = how_none => BIO_NO_PAGE_REF else none))
        else (b.head' = b.head and b.endio' = b.endio and b.flags' = b.flags)
        a.got' = a.got + i -> taken - i -> rejected
        a.missed' = a.missed - i -> taken + i -> GupMissed[i]
        a.seen' = a.seen
        Commit[a, l, { h: Harm, p: Page | p in taken and h in TakeHarm[p, how] }
                     + (Refused[stop] => H_grab_refused -> stop else none -> none)
                     + ((Refused[stop] and Warns[warn_grab]) => H_warn -> stop else none -> none)
                     + { h: Harm, p: added | h in Touch[p] }
                     + H_fill_rejected -> rejected
                     + { h: Harm, p: rejected - taken | h in ReleaseHarm[p, ExactMode[how]] },
               (some rejected => NoteRejected else no stop => none else Refused[stop] => NoteEnomem else NoteEfault),
               (some rejected => LastIn[i, rejected] else stop)]
    }
}

-- Another actor still has a fill of bio b ahead in its program.
pred FillPending[b: Bio, a: Actor] {
    some x: Line | x.who != a and x.idx in x.who.pc.*Succ and x.op in "bio_add_page" + "bio_iov_iter_get_pages"
        and x.arg1 = b
}

-- submit_bio() (block/blk-core.c): the device may now DMA at any time.
pred submit_bio[a: Actor, l: Line, b: Bio] {
    {
        not FillPending[b, a]
        KeepPagesBut[none]
        all x: Bio - b | KeepBio[x]
        b.state' = inflight and b.pages' = b.pages and b.head' = b.head
        b.endio' = b.endio and b.flags' = b.flags and b.rq' = b.rq
        a.got' = a.got and a.missed' = a.missed and a.seen' = a.seen
        Commit[a, l, { h: Harm, p: b.pages.How | h in Touch[p] }, none, none]
    }
}

-- wait_for_completion(): the submitter sleeps until bio_endio() ran.
pred wait_for_completion[a: Actor, l: Line, b: Bio] {
    b.state = done
    CommitOnly[a, l, none -> none, none, none]
}

-- get_page() (include/linux/mm.h): a plain +1, no overflow check.
pred get_page[a: Actor, l: Line, p: Page] {
    {
        RefAdd[p, 1] and KeepPins[p] and KeepFlags[p] and KeepPagesBut[p] and KeepBios
        a.got' = a.got + GetPage -> p and a.missed' = a.missed and a.seen' = a.seen
        Commit[a, l, RefAddHarm[p, 1] -> p, none, none]
    }
}

-- A release at a call site (CallSiteRelease), with the mode the call gives.
pred CallSiteRelease[a: Actor, l: Line, p: Page, src: Iter + SrcTag, mode: Mode] {
    let how = SourceHow[src] {
        a.missed' = a.missed and a.seen' = a.seen
        src -> p in a.missed => CommitOnly[a, l, none -> none, NoteSkipped, p]
        else {
            Release[p, mode] and KeepFlags[p] and KeepPagesBut[p] and KeepBios
            a.got' = a.got - src -> p
            Commit[a, l, (ReleaseHarm[p, mode] + (Mismatch[how, mode] => H_mismatch else none)) -> p,
                   none, none]
        }
    }
}

-- put_page(): of iterator pages converted per the RELEASE knob; of a
-- get_page()'d page it stays put_page().
pred put_page[a: Actor, l: Line, p: Page, src: Iter + SrcTag] {
    CallSiteRelease[a, l, p, src, src in Iter => SiteMode[SourceHow[src]] else mode_put]
}

-- unpin_user_page() (mm/gup.c), put_user_page() in 2019: always an unpin.
pred unpin_user_page[a: Actor, l: Line, p: Page, src: Iter + SrcTag] {
    CallSiteRelease[a, l, p, src, mode_unpin]
}

-- iov_iter_put_pages() (proposed in the thread): balance one iov_iter_get_pages(),
-- releasing each page the way it was taken (all at once: distinct pages).
pred iov_iter_put_pages[a: Actor, l: Line, i: Iter] {
    let held = i.(a.got), how = IterHow[i] {
        all p: held | Release[p, ExactMode[how]] and KeepFlags[p]
        KeepPagesBut[held] and KeepBios
        a.got' = a.got - i -> held and a.missed' = a.missed and a.seen' = a.seen
        Commit[a, l, { h: Harm, p: held | h in ReleaseHarm[p, ExactMode[how]] }, none, none]
    }
}

-- munmap() (mm/mmap.c): zap the PTE, dropping the mapping's reference
-- (ZERO_PAGE's special PTE holds none).
pred munmap[a: Actor, l: Line, p: Page] {
    {
        a.got' = a.got and a.missed' = a.missed and a.seen' = a.seen
        p not in Mapped => CommitOnly[a, l, none -> none, NoteNotMapped, p]
        else {
            p not in Mapped'
            p in Cached' iff p in Cached
            p in Dirty' iff p in Dirty
            p in UnderWriteback' iff p in UnderWriteback
            IsZero[p] => KeepCounts[p] else (PutRefs[p, 1] and KeepPins[p])
            KeepPagesBut[p] and KeepBios
            Commit[a, l, (IsZero[p] => none -> none else PutRefsHarm[p, 1] -> p), none, none]
        }
    }
}

-- truncate_inode_pages() (mm/truncate.c): unmap the page from every process and
-- drop the page cache's reference (two puts at once when it was mapped).
fun TruncateRefs[p: Page]: Int { p in Mapped => 2 else 1 }
pred truncate[a: Actor, l: Line, p: Page] {
    {
        a.got' = a.got and a.missed' = a.missed and a.seen' = a.seen
        p not in Cached => CommitOnly[a, l, none -> none, NoteNotCached, p]
        else {
            p not in Mapped' and p not in Cached'
            p in Dirty' iff p in Dirty
            p in UnderWriteback' iff p in UnderWriteback
            PutRefs[p, TruncateRefs[p]] and KeepPins[p]
            KeepPagesBut[p] and KeepBios
            Commit[a, l, PutRefsHarm[p, TruncateRefs[p]] -> p, none, none]
        }
    }
}

-- folio_clear_dirty_for_io() -> page_mkclean(): write-protect the PTEs, clear
-- dirty; the page stays locked for writeback until end_page_writeback.
pred page_mkclean[a: Actor, l: Line, p: Page] {
    {
        p not in UnderWriteback
        KeepCounts[p]
        p in Mapped' iff p in Mapped
        p in Cached' iff p in Cached
        p not in Dirty' and p in UnderWriteback'
        KeepPagesBut[p] and KeepBios
        a.got' = a.got and a.missed' = a.missed and a.seen' = a.seen
        Commit[a, l, Touch[p] -> p, none, none]
    }
}

-- folio_maybe_dma_pinned() (include/linux/mm.h), asked by writeback.
pred folio_maybe_dma_pinned[a: Actor, l: Line, p: Page] {
    {
        KeepPagesBut[none] and KeepBios
        a.got' = a.got and a.missed' = a.missed
        a.seen' = (MaybeDmaPinned[p] => a.seen + p else a.seen - p)
        Commit[a, l, none -> none, MaybeDmaPinned[p] => NoteTrue else NoteFalse, none]
    }
}

-- writepage / ->writepages: write the page out, unless it read pinned
-- (policy "skip": redirty it and leave it for later).
pred writepage[a: Actor, l: Line, p: Page] {
    {
        a.got' = a.got and a.missed' = a.missed and a.seen' = a.seen
        p in a.seen => {
            KeepCounts[p]
            p in Mapped' iff p in Mapped
            p in Cached' iff p in Cached
            p in UnderWriteback' iff p in UnderWriteback
            p in Dirty'
            KeepPagesBut[p] and KeepBios
            Commit[a, l, none -> none, NoteRedirtied, none]
        } else {
            KeepPagesBut[none] and KeepBios
            Commit[a, l, (Touch[p] + (p in DmaWritePages => H_wb_under_dma else none)) -> p, none, none]
        }
    }
}

-- end_page_writeback() (mm/filemap.c): writeback done, page unlocked.
pred end_page_writeback[a: Actor, l: Line, p: Page] {
    {
        KeepCounts[p]
        p in Mapped' iff p in Mapped
        p in Cached' iff p in Cached
        p in Dirty' iff p in Dirty
        p not in UnderWriteback'
        KeepPagesBut[p] and KeepBios
        a.got' = a.got and a.missed' = a.missed and a.seen' = a.seen
        Commit[a, l, none -> none, none, none]
    }
}

-- Dispatch one call of an actor's program by its C name.
pred Call[a: Actor, l: Line] {
    let x = l.arg1, y = l.arg2, src = l.from {
        l.op in "iov_iter_get_pages" + "iov_iter_get_pages_alloc" + "iov_iter_extract_pages"
            => iov_iter_get_pages[a, l, x]
        else l.op = "bio_add_page" => bio_add_page[a, l, x, y, src]
        else l.op = "bio_iov_iter_get_pages" => bio_iov_iter_get_pages[a, l, x, y]
        else l.op = "submit_bio" => submit_bio[a, l, x]
        else l.op = "wait_for_completion" => wait_for_completion[a, l, x]
        else l.op = "get_page" => get_page[a, l, x]
        else l.op = "put_page" => put_page[a, l, x, src]
        else l.op in "unpin_user_page" + "put_user_page" => unpin_user_page[a, l, x, src]
        else l.op = "iov_iter_put_pages" => iov_iter_put_pages[a, l, x]
        else l.op = "munmap" => munmap[a, l, x]
        else l.op = "truncate" => truncate[a, l, x]
        else l.op = "page_mkclean" => page_mkclean[a, l, x]
        else l.op = "folio_maybe_dma_pinned" => folio_maybe_dma_pinned[a, l, x]
        else l.op = "writepage" => writepage[a, l, x]
        else l.op = "end_page_writeback" => end_page_writeback[a, l, x]
        else some none   -- an op the mirror does not model never runs (the emitter refuses it)
    }
}

pred ActorStep[a: Actor] {
    a.pc in a.len.*Pred
    some l: Line | l.who = a and l.idx = a.pc and Call[a, l]
}

----------------------------------------------------------------------------
-- The block layer: a submitted bio may be merged into the request of another
-- in flight (blk_attempt_plug_merge / bio_attempt_back_merge). blk_rq_merge_ok()
-- compares the operation, never bi_end_io nor the BIO_PAGE_* flags.

pred IsHead[b: Bio] { b.rq = b }
-- Request(b): the bios merged into b's request, b too.
fun Request[b: Bio]: set Bio { rq.b }

pred blk_rq_merge[b1, b2: Bio] {
    MERGE != merge_none
    b1 != b2
    b1.state = inflight and b2.state = inflight
    IsHead[b1] and Request[b2] = b2
    b1.rw = b2.rw
    KeepPagesBut[none]
    all x: Bio - b2 | KeepBio[x]
    b2.state' = b2.state and b2.pages' = b2.pages and b2.head' = b2.head
    b2.endio' = b2.endio and b2.flags' = b2.flags and b2.rq' = b1
    wq' = wq
    all x: Actor | KeepActor[x]
    bad' = bad
    Event[block, "bio_attempt_back_merge", b1, b2, "block/blk-merge.c:bio_attempt_back_merge",
          MERGE = merge_shared_end_io => NoteSharedMerge else none, MERGE = merge_shared_end_io => b1 else none]
}

----------------------------------------------------------------------------
-- The completion context: blk_update_request() (block/blk-mq.c) calls
-- bio_endio() (block/bio.c) on each bio of the request, from the IRQ, any time
-- after submit. For a READ the end_io dirties the pages the device wrote; then it
-- releases each page with EndIoMode (all pages at once: distinct, the emitter
-- checks), or, for a deferred end_io (cifs), only queues the release.

-- Whose end_io releases bio x's pages when its request (headed by `head`) completes.
fun Releaser[x: Bio, head: Bio]: Bio { MERGE = merge_shared_end_io => head else x }

-- EndIoEach: bio b's pages released with the end_io mode of bio `by`; counts only.
pred EndIoEach[b: Bio, by: Bio] {
    all p: b.pages.How | Release[p, EndIoMode[by, p.(b.pages)]]
}
fun EndIoEachHarm[b: Bio, by: Bio]: Harm -> Page {
    { h: Harm, p: b.pages.How | let how = p.(b.pages), mode = EndIoMode[by, how] |
          h in ReleaseHarm[p, mode] + (Mismatch[how, mode] => H_mismatch else none) }
}

-- The bios of the request whose release is queued to the workqueue.
fun Queued[head: Bio]: set Bio { { x: Request[head] | Releaser[x, head] in deferred } }

-- CompletionNote of Pinning.tla, with the queued note appended.
fun CompletionNote[head: Bio]: lone Note {
    Request[head] = head => (some Queued[head] => NoteQueued else none)
    else MERGE = merge_shared_end_io => (some Queued[head] => NoteSharedEndIoQueued else NoteSharedEndIo)
    else (some Queued[head] => NoteOwnEndIoQueued else NoteOwnEndIo)
}

pred bio_endio[b: Bio] {
    b.state = inflight and IsHead[b]
    let rqs = Request[b], ps = rqs.pages.How {
        all x: rqs | Releaser[x, b] in deferred => (all p: x.pages.How | KeepCounts[p])
                     else EndIoEach[x, Releaser[x, b]]
        all p: ps {
            p in Mapped' iff p in Mapped
            p in Cached' iff p in Cached
            p in UnderWriteback' iff p in UnderWriteback
            p in Dirty' iff (p in Dirty or
                (p in (rqs & rw.op_read).pages.How and p not in Freed and not IsZero[p]))
        }
        KeepPagesBut[ps]
        all x: Bio - rqs | KeepBio[x]
        all x: rqs {
            x.state' = done and x.pages' = x.pages and x.head' = x.head
            x.endio' = x.endio and x.flags' = x.flags and x.rq' = x.rq
        }
        wq' = wq + Queued[b]
        all x: Actor | KeepActor[x]
        Record[{ h: Harm, p: Page | some x: rqs - Queued[b] | h -> p in EndIoEachHarm[x, Releaser[x, b]] }]
        Event[irq, EndIoName[b], b, none, "block/bio.c:bio_endio", CompletionNote[b], none]
    }
}

-- The workqueue (cifs: the end_io queued the release; the work item releases
-- the pages, e.g. cifs_uncached_readdata_release). `some deferred` is implied
-- by `b in wq` (a merged bio is queued when its releaser defers, so not
-- `b in deferred`); stated first, it lets a scenario without one fold this away.
pred process_one_work[b: Bio] {
    some deferred and b in wq
    let ps = b.pages.How {
        EndIoEach[b, Releaser[b, b.rq]]
        all p: ps | KeepFlags[p]
        KeepPagesBut[ps]
        KeepBios
        wq' = wq - b
        all x: Actor | KeepActor[x]
        Record[EndIoEachHarm[b, Releaser[b, b.rq]]]
        Event[workqueue, "process_one_work", b, none, "kernel/workqueue.c:process_one_work",
              NoteWorkReleases, b]
    }
}

-- Nothing happens: every variable, the event too, keeps its value.
pred idle {
    KeepPagesBut[none] and KeepBios
    wq' = wq
    all x: Actor | KeepActor[x]
    bad' = bad
    Ev.ev_actor' = Ev.ev_actor and Ev.ev_call' = Ev.ev_call and Ev.ev_arg1' = Ev.ev_arg1 and Ev.ev_arg2' = Ev.ev_arg2
    Ev.ev_site' = Ev.ev_site and Ev.ev_note' = Ev.ev_note and Ev.ev_note_page' = Ev.ev_note_page
}

----------------------------------------------------------------------------
-- Init and Next.

fun InitRef[p: Page]: Int {
    p.kind = kind_pagecache => 2   -- page cache + mapping
    else p.kind = kind_zero => ZERO_BASE
    else 1                         -- user: the mapping's ref; kernel: the owner's
}

pred Init {
    all p: Page | p.ref = InitRef[p] and p.pin in Zero and p.gupref in Zero
    Mapped = kind.(kind_user + kind_pagecache + kind_zero)
    Cached = kind.kind_pagecache
    no Freed and no Wrapped and no Dirty and no UnderWriteback
    all b: Bio | b.state = filling and no b.pages and no b.head and no b.endio and no b.flags and b.rq = b
    no wq
    all a: Actor | a.pc in One and no a.got and no a.missed and no a.seen
    no bad
    no Ev.ev_actor and Ev.ev_call = "init" and no Ev.ev_arg1 and no Ev.ev_arg2
    no Ev.ev_site and no Ev.ev_note and no Ev.ev_note_page
}

-- What happens besides the actors' programs: the device completes, the
-- workqueue runs a queued release, the block layer merges two bios, or nothing.
pred Environment {
    (some b: Bio | bio_endio[b]) or (some b1, b2: Bio | blk_rq_merge[b1, b2])
    or (some b: Bio | process_one_work[b]) or idle
}

pred Next { (some a: Actor | ActorStep[a]) or Environment }

-- Spec == Init /\ [][Next]_vars is stated by the glue, as
--     fact Spec { Init and always (Program or Environment) }
-- where Program is the glue's ActorStep unrolled: for each line of each actor,
-- "a.pc = k and <op>[a, line, args...]" with the line's op and arguments written
-- out. Same steps as Next, but SAT sees each call once with constant arguments
-- instead of every op for every (actor, line) pair: a problem hundreds of times
-- smaller. (With Next itself a two-actor scenario does not solve in a minute.)

----------------------------------------------------------------------------
-- Properties (the invariants of Pinning.tla), each a state formula and an
-- assertion that it holds always.

pred NoHarm[h: Harm] { no h.bad }

pred NoUnderflowInv { NoHarm[H_underflow] }
pred NoUseAfterFreeInv { NoHarm[H_uaf] }
pred ZeroPageNeverFreedInv { NoHarm[H_zero_freed] }
pred NoRefcountOverflowInv { NoHarm[H_overflow] }
pred NoWritebackUnderDmaInv { NoHarm[H_wb_under_dma] }
pred ReleasedAsTakenInv { NoHarm[H_mismatch] }
-- Reachable conditions, stated "never": a counterexample is a witness.
pred NeverFillRejectedInv { NoHarm[H_fill_rejected] }
pred NeverGrabRefusedInv { NoHarm[H_grab_refused] }
pred NeverSaturatedInv { NoHarm[H_saturated] }

-- A page a device may be accessing is never reported unpinned.
pred PinsVisibleInv {
    all p: DmaPages | p.kind in kind_user + kind_pagecache => MaybeDmaPinned[p]
}

-- No bio holds a pinned page next to one that is not (pin-neutral ZERO_PAGE is
-- neither; the per-page-mark design records each page's mode, so it may mix).
pred Neutral[p: Page] { IsZero[p] and ZERO_PAGE_POLICY = zero_pin_neutral }
pred NoMixedBioInv {
    END_IO != endio_per_page_mark =>
    all b: Bio | no disj j, k: b.pages.How |
        not Neutral[j] and not Neutral[k] and j.(b.pages) = how_pin and k.(b.pages) != how_pin
}

-- Once every actor finished, no bio is in flight and no release is queued,
-- every page is back at the count its owners account for.
pred Quiet { all a: Actor | a.pc = a.len.Succ and no InFlight and no wq }
fun Expected[p: Page]: Int {
    IsZero[p] => ZERO_BASE
    else (p in Mapped => 1 else 0).plus[p in Cached => 1 else 0].plus[p.kind = kind_kernel => 1 else 0]
}
pred BalancedWhenQuietInv {
    Quiet => all p: Page | not Unbalanced[p]
}

-- Every harm, and every leak found once quiet, is preceded (or accompanied) by a
-- WARN on the same page.
fun HarmKinds: set Harm { H_underflow + H_uaf + H_zero_freed + H_overflow + H_wb_under_dma }
pred Warned[p: Page] { p in H_warn.bad }
pred Unbalanced[p: Page] { p not in Freed and (p.ref != Expected[p] or p.pin not in Zero or p.gupref not in Zero) }
pred DetectableInv {
    all p: HarmKinds.bad | Warned[p]
    Quiet => all p: Page | Unbalanced[p] => Warned[p]
}

-- Pins held on p: pinned pages an actor holds, or in a bio not yet released
-- (not done, or done with its release queued to the workqueue).
pred PinHeld[p: Page] {
    (some a: Actor, i: Iter | i -> p in a.got and IterHow[i] = how_pin)
    or (some b: Bio | (b.state != done or b in wq) and p -> how_pin in b.pages)
}
-- folio_maybe_dma_pinned() says yes while nobody holds a pin (accepted by design).
pred NeverFalsePositivePinnedInv {
    all p: Page | (not IsZero[p] and p not in Freed and MaybeDmaPinned[p]) => PinHeld[p]
}

-- EventuallyQuiet (liveness under weak fairness) is left to TLC: a bounded
-- Alloy check of a fair lasso says little, so pincheck reports it "not checked by Alloy".

-- Every count stays in the range a 32-bit counter (scaled) has: the mirror
-- never leaves the Int width the check gives it.
pred TypeOKInv { all p: Page | p.ref in RefRange }

assert TypeOK { always TypeOKInv }
assert NoUnderflow { always NoUnderflowInv }
assert NoUseAfterFree { always NoUseAfterFreeInv }
assert ZeroPageNeverFreed { always ZeroPageNeverFreedInv }
assert NoRefcountOverflow { always NoRefcountOverflowInv }
assert NoWritebackUnderDma { always NoWritebackUnderDmaInv }
assert ReleasedAsTaken { always ReleasedAsTakenInv }
assert PinsVisible { always PinsVisibleInv }
assert NoMixedBio { always NoMixedBioInv }
assert BalancedWhenQuiet { always BalancedWhenQuietInv }
assert NeverFillRejected { always NeverFillRejectedInv }
assert NeverGrabRefused { always NeverGrabRefusedInv }
assert NeverSaturated { always NeverSaturatedInv }
assert Detectable { always DetectableInv }
assert NeverFalsePositivePinned { always NeverFalsePositivePinnedInv }

----------------------------------------------------------------------------
-- Generated by pincheck from specs/scenarios/pin-overflow.pin: scenario pin-overflow, design split-end-io.
-- GUP_PIN_COUNTING_BIAS 1024 -> 4, INT_MAX -> 15 (_refcount wraps to -16), ZERO_PAGE base count -> 1

one sig U0 extends Page {}
one sig a1, a2, a3, a4, b1, b2, b3, b4 extends Iter {}
one sig t1, t2, mm extends Actor {}
one sig t1_call1, t1_call2, t1_call3, t1_call4, t1_call5, t1_call6, t1_call7, t1_call8, t2_call1, t2_call2, t2_call3, t2_call4, t2_call5, t2_call6, t2_call7, t2_call8, mm_call1 extends Line {}
-- The scenario's tables, as constants (see Pinning.als: Page).
fun kind: Page -> PageKind { U0 -> kind_user }
fun Large: set Page { none }
fun ikind: Iter -> IterKind { a1 -> iter_iovec + a2 -> iter_iovec + a3 -> iter_iovec + a4 -> iter_iovec + b1 -> iter_iovec + b2 -> iter_iovec + b3 -> iter_iovec + b4 -> iter_iovec }
fun idir: Iter -> Dir { a1 -> dir_source + a2 -> dir_source + a3 -> dir_source + a4 -> dir_source + b1 -> dir_source + b2 -> dir_source + b3 -> dir_source + b4 -> dir_source }
fun ipages: Iter -> Int -> Page { a1 -> 0 -> U0 + a2 -> 0 -> U0 + a3 -> 0 -> U0 + a4 -> 0 -> U0 + b1 -> 0 -> U0 + b2 -> 0 -> U0 + b3 -> 0 -> U0 + b4 -> 0 -> U0 }
fun rw: Bio -> BioOp { none -> none }
fun no_release: Bio -> Bio { none -> none }
fun deferred: set Bio { none }
fun name_gup: Bio -> String { none -> none }
fun name_normal: Bio -> String { none -> none }
fun len: Actor -> Int { t1 -> 8 + t2 -> 8 + mm -> 1 }
fun who: Line -> Actor { t1_call1 -> t1 + t1_call2 -> t1 + t1_call3 -> t1 + t1_call4 -> t1 + t1_call5 -> t1 + t1_call6 -> t1 + t1_call7 -> t1 + t1_call8 -> t1 + t2_call1 -> t2 + t2_call2 -> t2 + t2_call3 -> t2 + t2_call4 -> t2 + t2_call5 -> t2 + t2_call6 -> t2 + t2_call7 -> t2 + t2_call8 -> t2 + mm_call1 -> mm }
fun idx: Line -> Int { t1_call1 -> 1 + t1_call2 -> 2 + t1_call3 -> 3 + t1_call4 -> 4 + t1_call5 -> 5 + t1_call6 -> 6 + t1_call7 -> 7 + t1_call8 -> 8 + t2_call1 -> 1 + t2_call2 -> 2 + t2_call3 -> 3 + t2_call4 -> 4 + t2_call5 -> 5 + t2_call6 -> 6 + t2_call7 -> 7 + t2_call8 -> 8 + mm_call1 -> 1 }
fun op: Line -> String { t1_call1 -> "iov_iter_get_pages" + t1_call2 -> "iov_iter_get_pages" + t1_call3 -> "iov_iter_get_pages" + t1_call4 -> "iov_iter_get_pages" + t1_call5 -> "iov_iter_put_pages" + t1_call6 -> "iov_iter_put_pages" + t1_call7 -> "iov_iter_put_pages" + t1_call8 -> "iov_iter_put_pages" + t2_call1 -> "iov_iter_get_pages" + t2_call2 -> "iov_iter_get_pages" + t2_call3 -> "iov_iter_get_pages" + t2_call4 -> "iov_iter_get_pages" + t2_call5 -> "iov_iter_put_pages" + t2_call6 -> "iov_iter_put_pages" + t2_call7 -> "iov_iter_put_pages" + t2_call8 -> "iov_iter_put_pages" + mm_call1 -> "munmap" }
fun arg1: Line -> Name { t1_call1 -> a1 + t1_call2 -> a2 + t1_call3 -> a3 + t1_call4 -> a4 + t1_call5 -> a1 + t1_call6 -> a2 + t1_call7 -> a3 + t1_call8 -> a4 + t2_call1 -> b1 + t2_call2 -> b2 + t2_call3 -> b3 + t2_call4 -> b4 + t2_call5 -> b1 + t2_call6 -> b2 + t2_call7 -> b3 + t2_call8 -> b4 + mm_call1 -> U0 }
fun arg2: Line -> Name { none -> none }
fun site: Line -> String { t1_call1 -> "mm/gup.c:pin_user_pages_fast" + t1_call2 -> "mm/gup.c:pin_user_pages_fast" + t1_call3 -> "mm/gup.c:pin_user_pages_fast" + t1_call4 -> "mm/gup.c:pin_user_pages_fast" + t1_call5 -> "mm/gup.c:unpin_user_pages" + t1_call6 -> "mm/gup.c:unpin_user_pages" + t1_call7 -> "mm/gup.c:unpin_user_pages" + t1_call8 -> "mm/gup.c:unpin_user_pages" + t2_call1 -> "mm/gup.c:pin_user_pages_fast" + t2_call2 -> "mm/gup.c:pin_user_pages_fast" + t2_call3 -> "mm/gup.c:pin_user_pages_fast" + t2_call4 -> "mm/gup.c:pin_user_pages_fast" + t2_call5 -> "mm/gup.c:unpin_user_pages" + t2_call6 -> "mm/gup.c:unpin_user_pages" + t2_call7 -> "mm/gup.c:unpin_user_pages" + t2_call8 -> "mm/gup.c:unpin_user_pages" + mm_call1 -> "mm/mmap.c:do_munmap" }
fun from: Line -> (Iter + SrcTag) { none -> none }

pred Program {
    (t1.pc in 1 and iov_iter_get_pages[t1, t1_call1, a1])
    or (t1.pc in 2 and iov_iter_get_pages[t1, t1_call2, a2])
    or (t1.pc in 3 and iov_iter_get_pages[t1, t1_call3, a3])
    or (t1.pc in 4 and iov_iter_get_pages[t1, t1_call4, a4])
    or (t1.pc in 5 and iov_iter_put_pages[t1, t1_call5, a1])
    or (t1.pc in 6 and iov_iter_put_pages[t1, t1_call6, a2])
    or (t1.pc in 7 and iov_iter_put_pages[t1, t1_call7, a3])
    or (t1.pc in 8 and iov_iter_put_pages[t1, t1_call8, a4])
    or (t2.pc in 1 and iov_iter_get_pages[t2, t2_call1, b1])
    or (t2.pc in 2 and iov_iter_get_pages[t2, t2_call2, b2])
    or (t2.pc in 3 and iov_iter_get_pages[t2, t2_call3, b3])
    or (t2.pc in 4 and iov_iter_get_pages[t2, t2_call4, b4])
    or (t2.pc in 5 and iov_iter_put_pages[t2, t2_call5, b1])
    or (t2.pc in 6 and iov_iter_put_pages[t2, t2_call6, b2])
    or (t2.pc in 7 and iov_iter_put_pages[t2, t2_call7, b3])
    or (t2.pc in 8 and iov_iter_put_pages[t2, t2_call8, b4])
    or (mm.pc in 1 and munmap[mm, mm_call1, U0])
}

fact Spec { Init and always (Program or Environment) }

-- The design split-end-io and the scaling, as constants.
fun PIN_ACCOUNTING: PinAccounting { acct_bias }
fun ZERO_PAGE_POLICY: ZeroPagePolicy { zero_get }
fun END_IO: EndIoDesign { endio_split }
fun RELEASE: ReleaseDesign { release_put_user_page }
fun OVERFLOW_CHECK: OverflowCheck { overflow_sign }
fun WARN: WarnKind { warn_none }
fun FILL_RULE: FillRule { fill_any }
fun MERGE: MergeDesign { merge_own_end_io }
fun BIAS: Int { 4 }
fun REF_MAX: Int { 15 }
fun ZERO_BASE: Int { 1 }
-- Arithmetic tables (see Pinning.als: Arithmetic).
fun RefPlus: Int -> Int -> Int { 1 -> -16 -> -15 + 1 -> -15 -> -14 + 1 -> -14 -> -13 + 1 -> -13 -> -12 + 1 -> -12 -> -11 + 1 -> -11 -> -10 + 1 -> -10 -> -9 + 1 -> -9 -> -8 + 1 -> -8 -> -7 + 1 -> -7 -> -6 + 1 -> -6 -> -5 + 1 -> -5 -> -4 + 1 -> -4 -> -3 + 1 -> -3 -> -2 + 1 -> -2 -> -1 + 1 -> -1 -> 0 + 1 -> 0 -> 1 + 1 -> 1 -> 2 + 1 -> 2 -> 3 + 1 -> 3 -> 4 + 1 -> 4 -> 5 + 1 -> 5 -> 6 + 1 -> 6 -> 7 + 1 -> 7 -> 8 + 1 -> 8 -> 9 + 1 -> 9 -> 10 + 1 -> 10 -> 11 + 1 -> 11 -> 12 + 1 -> 12 -> 13 + 1 -> 13 -> 14 + 1 -> 14 -> 15 + 1 -> 15 -> -16 + 2 -> -16 -> -14 + 2 -> -15 -> -13 + 2 -> -14 -> -12 + 2 -> -13 -> -11 + 2 -> -12 -> -10 + 2 -> -11 -> -9 + 2 -> -10 -> -8 + 2 -> -9 -> -7 + 2 -> -8 -> -6 + 2 -> -7 -> -5 + 2 -> -6 -> -4 + 2 -> -5 -> -3 + 2 -> -4 -> -2 + 2 -> -3 -> -1 + 2 -> -2 -> 0 + 2 -> -1 -> 1 + 2 -> 0 -> 2 + 2 -> 1 -> 3 + 2 -> 2 -> 4 + 2 -> 3 -> 5 + 2 -> 4 -> 6 + 2 -> 5 -> 7 + 2 -> 6 -> 8 + 2 -> 7 -> 9 + 2 -> 8 -> 10 + 2 -> 9 -> 11 + 2 -> 10 -> 12 + 2 -> 11 -> 13 + 2 -> 12 -> 14 + 2 -> 13 -> 15 + 2 -> 14 -> -16 + 2 -> 15 -> -15 + 4 -> -16 -> -12 + 4 -> -15 -> -11 + 4 -> -14 -> -10 + 4 -> -13 -> -9 + 4 -> -12 -> -8 + 4 -> -11 -> -7 + 4 -> -10 -> -6 + 4 -> -9 -> -5 + 4 -> -8 -> -4 + 4 -> -7 -> -3 + 4 -> -6 -> -2 + 4 -> -5 -> -1 + 4 -> -4 -> 0 + 4 -> -3 -> 1 + 4 -> -2 -> 2 + 4 -> -1 -> 3 + 4 -> 0 -> 4 + 4 -> 1 -> 5 + 4 -> 2 -> 6 + 4 -> 3 -> 7 + 4 -> 4 -> 8 + 4 -> 5 -> 9 + 4 -> 6 -> 10 + 4 -> 7 -> 11 + 4 -> 8 -> 12 + 4 -> 9 -> 13 + 4 -> 10 -> 14 + 4 -> 11 -> 15 + 4 -> 12 -> -16 + 4 -> 13 -> -15 + 4 -> 14 -> -14 + 4 -> 15 -> -13 }
fun RefMinus: Int -> Int -> Int { 1 -> -16 -> 15 + 1 -> -15 -> -16 + 1 -> -14 -> -15 + 1 -> -13 -> -14 + 1 -> -12 -> -13 + 1 -> -11 -> -12 + 1 -> -10 -> -11 + 1 -> -9 -> -10 + 1 -> -8 -> -9 + 1 -> -7 -> -8 + 1 -> -6 -> -7 + 1 -> -5 -> -6 + 1 -> -4 -> -5 + 1 -> -3 -> -4 + 1 -> -2 -> -3 + 1 -> -1 -> -2 + 1 -> 0 -> -1 + 1 -> 1 -> 0 + 1 -> 2 -> 1 + 1 -> 3 -> 2 + 1 -> 4 -> 3 + 1 -> 5 -> 4 + 1 -> 6 -> 5 + 1 -> 7 -> 6 + 1 -> 8 -> 7 + 1 -> 9 -> 8 + 1 -> 10 -> 9 + 1 -> 11 -> 10 + 1 -> 12 -> 11 + 1 -> 13 -> 12 + 1 -> 14 -> 13 + 1 -> 15 -> 14 + 2 -> -16 -> 14 + 2 -> -15 -> 15 + 2 -> -14 -> -16 + 2 -> -13 -> -15 + 2 -> -12 -> -14 + 2 -> -11 -> -13 + 2 -> -10 -> -12 + 2 -> -9 -> -11 + 2 -> -8 -> -10 + 2 -> -7 -> -9 + 2 -> -6 -> -8 + 2 -> -5 -> -7 + 2 -> -4 -> -6 + 2 -> -3 -> -5 + 2 -> -2 -> -4 + 2 -> -1 -> -3 + 2 -> 0 -> -2 + 2 -> 1 -> -1 + 2 -> 2 -> 0 + 2 -> 3 -> 1 + 2 -> 4 -> 2 + 2 -> 5 -> 3 + 2 -> 6 -> 4 + 2 -> 7 -> 5 + 2 -> 8 -> 6 + 2 -> 9 -> 7 + 2 -> 10 -> 8 + 2 -> 11 -> 9 + 2 -> 12 -> 10 + 2 -> 13 -> 11 + 2 -> 14 -> 12 + 2 -> 15 -> 13 + 4 -> -16 -> 12 + 4 -> -15 -> 13 + 4 -> -14 -> 14 + 4 -> -13 -> 15 + 4 -> -12 -> -16 + 4 -> -11 -> -15 + 4 -> -10 -> -14 + 4 -> -9 -> -13 + 4 -> -8 -> -12 + 4 -> -7 -> -11 + 4 -> -6 -> -10 + 4 -> -5 -> -9 + 4 -> -4 -> -8 + 4 -> -3 -> -7 + 4 -> -2 -> -6 + 4 -> -1 -> -5 + 4 -> 0 -> -4 + 4 -> 1 -> -3 + 4 -> 2 -> -2 + 4 -> 3 -> -1 + 4 -> 4 -> 0 + 4 -> 5 -> 1 + 4 -> 6 -> 2 + 4 -> 7 -> 3 + 4 -> 8 -> 4 + 4 -> 9 -> 5 + 4 -> 10 -> 6 + 4 -> 11 -> 7 + 4 -> 12 -> 8 + 4 -> 13 -> 9 + 4 -> 14 -> 10 + 4 -> 15 -> 11 }
fun Succ: Int -> Int { -32 -> -31 + -31 -> -30 + -30 -> -29 + -29 -> -28 + -28 -> -27 + -27 -> -26 + -26 -> -25 + -25 -> -24 + -24 -> -23 + -23 -> -22 + -22 -> -21 + -21 -> -20 + -20 -> -19 + -19 -> -18 + -18 -> -17 + -17 -> -16 + -16 -> -15 + -15 -> -14 + -14 -> -13 + -13 -> -12 + -12 -> -11 + -11 -> -10 + -10 -> -9 + -9 -> -8 + -8 -> -7 + -7 -> -6 + -6 -> -5 + -5 -> -4 + -4 -> -3 + -3 -> -2 + -2 -> -1 + -1 -> 0 + 0 -> 1 + 1 -> 2 + 2 -> 3 + 3 -> 4 + 4 -> 5 + 5 -> 6 + 6 -> 7 + 7 -> 8 + 8 -> 9 + 9 -> 10 + 10 -> 11 + 11 -> 12 + 12 -> 13 + 13 -> 14 + 14 -> 15 + 15 -> 16 + 16 -> 17 + 17 -> 18 + 18 -> 19 + 19 -> 20 + 20 -> 21 + 21 -> 22 + 22 -> 23 + 23 -> 24 + 24 -> 25 + 25 -> 26 + 26 -> 27 + 27 -> 28 + 28 -> 29 + 29 -> 30 + 30 -> 31 }
fun Neg: set Int { -32 + -31 + -30 + -29 + -28 + -27 + -26 + -25 + -24 + -23 + -22 + -21 + -20 + -19 + -18 + -17 + -16 + -15 + -14 + -13 + -12 + -11 + -10 + -9 + -8 + -7 + -6 + -5 + -4 + -3 + -2 + -1 }
fun Pos: set Int { 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 + 21 + 22 + 23 + 24 + 25 + 26 + 27 + 28 + 29 + 30 + 31 }
fun Zero: set Int { 0 }
fun One: set Int { 1 }
fun AtLeastBias: set Int { 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 + 21 + 22 + 23 + 24 + 25 + 26 + 27 + 28 + 29 + 30 + 31 }
fun RefRange: set Int { -16 + -15 + -14 + -13 + -12 + -11 + -10 + -9 + -8 + -7 + -6 + -5 + -4 + -3 + -2 + -1 + 0 + 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 }

assert Open { always (TypeOKInv and NeverGrabRefusedInv) }
check Open for 1 but 6 Int, 6..6 steps
