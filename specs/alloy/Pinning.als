module Pinning

/*
 * Bounded Alloy 6 mirror of specs/tla/PageRef.tla and specs/tla/Pinning.tla:
 * pages, iterators, bios and the actors of a kernel I/O path under one design
 * (a real kernel, linux-6.1 or linux-6.12, or a proposal of the 2019 thread).
 * Operators carry the TLA+ names so the two read side by side. Four modules, as
 * Pinning.tla has its CONSTANTS filled by a generated MC.tla: Objects.als declares
 * the signatures; a generated module Scenario gives the scenario (one sig per
 * page, iterator, bio, actor, program line and reference token, and constant funs
 * for the scenario's tables) and the design (one constant fun per knob, for KERNEL
 * and per scaled number, named as the TLA+ CONSTANTS); this module, which opens
 * both, holds the semantics; a generated root MC.als opens it, states the unrolled
 * programs (pred Program) and holds the check command. pincheck writes Scenario.als
 * and MC.als beside copies of this module and Objects.als.
 * PageRef.tla is the first section below, Pinning.tla the rest, in its order.
 *
 * References are tokens, as in Pinning.tla: one Tok atom per reference a call of
 * the programs may take, with its page (TokPage), the call that takes it (TokOp,
 * its C name) and that call's iterator (TokIter, none for ""). Java resolves which
 * tokens each line takes, hands on or releases (Line.toks, a sequence); how a
 * token's reference is taken is decided here (TokHow), per call and per kernel.
 *
 * How the TLA+ operators map here:
 *  - a TLA+ operator on a page record returning [pg, harm] is a pred that fixes
 *    the page's counts in the next state (RefAdd, PutRefs, Pin, Unpin,
 *    Take, Release) and a fun of the same name + "Harm" giving the harms it records;
 *  - a fold over pages (GupEach, AddEach, PutEach, ReleaseEach, DirtyEach) is a
 *    pred over the set of pages it touches and a fun for its harms (see below);
 *  - the world of a step is the next state; each step states every variable it
 *    leaves alone (frame conditions), as UNCHANGED does;
 *  - ev is the event relations of the one sig Ev (actor, call, arg1, arg2,
 *    site, note, note_page), set by every step.
 *
 * Simplifications relative to Pinning.tla (each also noted where it applies):
 *  - a fold updates every page it touches at once, so it needs each page once:
 *    the emitter refuses, with the line, a call whose tokens name a page twice
 *    (an iterator naming a page twice, iov_iter_put_pages of an iterator taken
 *    twice), and a page twice in one bio or in two bios that may merge into one
 *    request (bio_endio completes a request in one step); then the order of the
 *    fold (and the order CompleteEach picks) changes nothing;
 *  - so a bvec merge never happens here (it needs the page the bio's last bvec ends
 *    in added again) and every entry releases one reference (ReleaseEntry's count,
 *    Spanned or the length in pages, is 1 for one position of one page): the
 *    byte ranges (TokOff, TokLen, PAGE) and the knobs SAME_PAGE and RELEASE_NR
 *    change nothing the mirror states; the bytes of an entry that is not a whole
 *    page, fixed by its one fill, are a fact of MC.als (partOff, partLen),
 *    for the traces;
 *  - a bio's pages are sets, not a sequence of [pg, how, gup, off, len]: pages, the subsets
 *    pinTaken and getTaken (how; the rest "none") and fromGup (gup), which needs
 *    its pages distinct (above); the first page (whose how decides the fill rule's
 *    Compatible) is kept in `head`. Sets, not a relation page -> how: a variable
 *    relation of arity 3 is one of arity 4 over the steps, which the universe of a
 *    scenario with a few dozen strings (sites, C names) already cannot represent;
 *  - a reference taken and given back in the same step (ZERO_PAGE the filesystem
 *    takes in bio_add_page, a page bio_iov_iter_get_pages takes, when the
 *    HYPOTHETICAL one-iter fill rule refuses it; the pins a FOLL_LONGTERM pin took
 *    before a page it cannot migrate, which it unpins as it fails) is modelled as
 *    no net change of the page's counts and only the take's harms: exact except at
 *    the wrap boundary (a take that brings a wrapped count back round) and for the
 *    below-bias WARN on a page at _refcount BIAS - 1, where the give-back would
 *    record a harm too;
 *  - the model follows physical pages, as Pinning.tla does (a COW copy or a
 *    migration that moves the process's address away leaves the old page the
 *    model's, and a later call on the address is "unfollowed");
 *  - notes are atoms (NoteSkipped, NoteEfault, ...) with the object they name, not
 *    strings: Alloy has no string concatenation; Java words them as Pinning.tla
 *    does (ev_note_page is a page or, for the work item and the merge, a bio);
 *  - safety only: every invariant of Pinning.tla is an assertion here (same name,
 *    its state formula as <Name>Inv); the liveness property EventuallyQuiet is
 *    not checked by Alloy (TLC checks it under weak fairness);
 *  - the stutter step (idle) keeps every variable, the event too, so a quiet
 *    state can loop on itself: every Alloy 6 trace is infinite. Every real step
 *    changes a pc, a bio's state or request, or wq, so a step that changes nothing
 *    is a stutter.
 *
 * Adding a call: its pred in "The calls an actor's program can make" (named as
 * the TLA+ operator, taking [a: Actor, l: Line] and the line's arguments in order),
 * and its C name in Call's dispatch; the emitter reads Call and mirrors exactly the
 * calls it names. A call whose tokens may name a page twice needs a fold here and
 * a refusal in the emitter (CallPagesDistinct) unless it is written pairwise.
 */

open Objects
open Scenario

----------------------------------------------------------------------------
-- The generated Scenario module (one per scenario and design) defines the knobs
-- and the scenario's tables, which this module reads.

-- The scenario's constants are funs of Scenario as well (PageKind, Large, Stable,
-- Movable, IterKind, IterDir, IterPages, BioOp, BioNoRelease, BioDeferred,
-- BioAsTaken, Prog, TokPage, TokOp, TokIter, TokLong of Pinning.tla):
--   kind: Page -> PageKind, Large, Stable, Movable: set Page,
--   ikind: Iter -> IterKind, idir: Iter -> Dir, ipages: Iter -> Int -> Page
--     (0-based index -> page), rw: Bio -> BioOp, no_release: Bio -> Bio (itself
--     when the end_io releases nothing), deferred, as_taken: set Bio,
--     name_gup, name_normal: Bio -> String (EndIoName per release mode),
--     len: Actor -> Int (Len(Prog[a])), and per program line who: Line -> Actor,
--     idx: Line -> Int, op, site: Line -> String, arg1, arg2: Line -> Name,
--     toks: Line -> Int -> Tok (0-based: c.toks of the TLA+ glue);
--   TokPage: Tok -> Page, TokOp: Tok -> String, TokIter: Tok -> Iter (none for ""),
--   TokLong: set Tok (taken by a FOLL_LONGTERM pin), TokDep: Tok -> Tok (the token t
--   rests on: t is not taken if that one was not).
--
-- Scenario defines each knob as a constant fun named as the TLA+ CONSTANT:
--     fun PIN_ACCOUNTING: PinAccounting { acct_bias }
-- and likewise ZERO_PIN, OVERFLOW_CHECK, WARN (PageRef.tla), KERNEL, END_IO,
-- RELEASE, GET_PAGES, ZERO_PAGE_POLICY, FILL_RULE, MERGE, FORK, MIGRATE, LONGTERM,
-- RECLAIM, SAME_PAGE, RELEASE_NR, WRITEBACK (Pinning.tla).
-- A constant, not a field fixed by a fact, so the translation folds every branch
-- of another design away.
--
-- The kernel's numbers scaled down (GUP_PIN_COUNTING_BIAS, INT_MAX, ZERO_PAGE's
-- boot count), also constant funs of Scenario: BIAS, REF_MAX, ZERO_BASE. The
-- check needs an Int width holding -(REF_MAX+1)-BIAS .. REF_MAX+BIAS: 6 Int bits
-- (-32..31) for BIAS 4, REF_MAX 15.
-- -(REF_MAX + 1), the most negative _refcount
fun MinRef: Int { 0.minus[REF_MAX.plus[1]] }

-- Arithmetic on a variable count is done by joins with constant tables Scenario
-- writes out, never by Alloy's integer operators: casting a variable Int relation
-- to an integer sums over every Int atom, and that made one step of a small
-- scenario take minutes to translate. Scenario's tables (x ranges over the Int
-- atoms of the check's width):
--   RefPlus: n -> x -> Wrap(x + n) and RefMinus: n -> x -> Wrap(x - n), for the
--     amounts n a step adds or takes (1, 2 for truncate, BIAS, and ExpectedOf's
--     1..3 and ZERO_BASE for reclaim) and x in MinRef..REF_MAX;
--   Succ: x -> x + 1 (pin counters, pc; Pred is its converse);
--   Neg (x < 0), Pos (x > 0), Zero, One, AtLeastBias (x >= BIAS), RefRange
--     (MinRef..REF_MAX).
fun Pred: Int -> Int { ~Succ }
fun NonPos: set Int { Int - Pos }


----------------------------------------------------------------------------
-- PageRef.tla

pred IsZero[p: Page] { p.kind = kind_zero }

-- The 32-bit atomic_t wraps: one past REF_MAX reads as -(REF_MAX + 1).
-- (Span is never formed: 2*(REF_MAX+1) does not fit 6 Int bits.)
-- (Wrap(n) is folded into Scenario's RefPlus and RefMinus tables.)
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
-- ... the accounting design's pin counters, and the ghost count of pins.
pred KeepPinCounts[p: Page] { p.pin' = p.pin and p.gupref' = p.gupref }
pred KeepPins[p: Page] { KeepPinCounts[p] and p.pins' = p.pins }
pred KeepCounts[p: Page] { KeepRef[p] and KeepPins[p] }
-- The ghost counts of GUP references that Pinning.tla's GhostGup sets.
pred KeepGhosts[p: Page] { p.gups' = p.gups and p.ltpins' = p.ltpins }
-- What memory management knows of the page (movable, anonx, wp, child).
pred KeepMm[p: Page] {
    p in InMovableZone' iff p in InMovableZone
    p in AnonX' iff p in AnonX
    p in WriteProtected' iff p in WriteProtected
    p in ChildMapped' iff p in ChildMapped
}
-- The page-state flags the callers set.
pred KeepFlags[p: Page] {
    p in Mapped' iff p in Mapped
    p in Cached' iff p in Cached
    p in Dirty' iff p in Dirty
    p in UnderWriteback' iff p in UnderWriteback
    KeepMm[p]
}
pred KeepPage[p: Page] { KeepCounts[p] and KeepGhosts[p] and KeepFlags[p] }

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
-- (The page record PageRef.tla's PutRefs gets is the caller's: munmap, truncate,
-- a move and reclaim pass it already unmapped or out of the cache, and isZero
-- FALSE; PutRefsHarmOf takes the pages a mapping or the page cache still points
-- to in that record, and the pages it counts as ZERO_PAGE.)
pred PutRefs[p: Page, n: Int] {
    p.ref' = SubRef[p.ref, n]
    p in Freed' iff (p in Freed or SubRef[p.ref, n] in Zero)
    p in Wrapped' iff (p in Wrapped and not Unwraps[p, n])
}
fun PutRefsHarm[p: Page, n: Int]: set Harm { PutRefsHarmOf[p, n, Mapped + Cached, kind.kind_zero] }
fun PutRefsHarmOf[p: Page, n: Int, pointed: set Page, zeros: set Page]: set Harm {
    Touch[p]
    + (Under[p, n] => H_underflow else none)
    -- WARN on underflow, or the thread's WARN when one put drops _refcount just below the bias
    + ((Under[p, n] and Warns[warn_underflow]) => H_warn else none)
    + ((n = 1 and p.ref in AtLeastBias and SubRef[p.ref, 1] not in AtLeastBias and Warns[warn_below_bias])
       => H_warn else none)
    + ((SubRef[p.ref, n] in Zero and p in zeros) => H_zero_freed else none)
    -- freed while a mapping or the page cache still points to it: the next access
    -- through them is a use-after-free
    + ((SubRef[p.ref, n] in Zero and p not in zeros and p not in Freed and p in pointed) => H_uaf else none)
}

-- Whether a pin of this page is a no-op: "mm: Don't pin ZERO_PAGE in
-- pin_user_pages()" (6.12 mm/gup.c try_grab_folio / gup_put_folio is_zero_folio()).
pred PinNeutral[p: Page] { IsZero[p] and ZERO_PIN = zpin_neutral }

-- Take one pin per the pin-accounting design (try_grab_folio(FOLL_PIN)). The
-- ghost count pins counts every pin, a no-op one too (it is undone alike).
pred Pin[p: Page] {
    p.pins' = p.pins.Succ
    PinNeutral[p] => (KeepRef[p] and KeepPinCounts[p])
    else PIN_ACCOUNTING = acct_get => (RefAdd[p, 1] and KeepPinCounts[p])
    else (PIN_ACCOUNTING = acct_bias and p not in Large) => (RefAdd[p, BIAS] and KeepPinCounts[p])
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
    p.pins' = p.pins.Pred
    PinNeutral[p] => (KeepRef[p] and KeepPinCounts[p])
    else PIN_ACCOUNTING = acct_get => (PutRefs[p, 1] and KeepPinCounts[p])
    else (PIN_ACCOUNTING = acct_bias and p not in Large) => (PutRefs[p, BIAS] and KeepPinCounts[p])
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
-- Pinning.tla

-- (i \in Iters: an empty i is the TLA+ "" of TokIter.)
pred UserBacked[i: lone Iter] { some i and i.ikind in iter_iovec + iter_ubuf }
-- The filesystem takes the ZERO_PAGE it adds (fs/direct-io.c dio_zero_block).
fun FsZero: String { "fs_zero" }

----------------------------------------------------------------------------
-- How each call takes its references.

-- iov_iter_get_pages2() / _alloc2() (6.1 and 6.12 lib/iov_iter.c:
-- __iov_iter_get_pages_alloc) and 2019's iov_iter_get_pages(): FOLL_GET on user
-- memory (the proposals convert it to a pin), get_page() on each bvec page and
-- pipe buffer; a kvec fails with -EFAULT (GetFaults).
fun GetPagesOps: set String {
    "iov_iter_get_pages" + "iov_iter_get_pages_alloc" + "iov_iter_get_pages2" + "iov_iter_get_pages_alloc2"
}
fun GetPagesHow[it: lone Iter]: How {
    UserBacked[it] => (GET_PAGES = getpages_pin => how_pin else how_get)
    else (some it and it.ikind in iter_bvec + iter_pipe) => how_get
    else how_none
}

-- 6.12 lib/iov_iter.c:iov_iter_extract_pages: pin_user_pages_fast() on user
-- memory; bvec and kvec pages are listed with no reference.
fun ExtractHow[it: lone Iter]: How { UserBacked[it] => how_pin else how_none }

-- block/bio.c:bio_iov_iter_get_pages: a bvec is attached as it is; otherwise 6.12
-- extracts and 6.1 and 2019 get.
fun BioIterHow[it: lone Iter]: How {
    (some it and it.ikind = iter_bvec) => how_none
    else KERNEL = kernel_6_12 => ExtractHow[it]
    else GetPagesHow[it]
}

-- What fs/direct-io.c takes on the ZERO_PAGE it adds.
fun ZeroHow: How {
    ZERO_PAGE_POLICY in zero_pin + zero_add_pin => how_pin
    else ZERO_PAGE_POLICY = zero_get => how_get
    else how_none   -- no-ref
}

fun PinOps: set String { "pin_user_pages" + "pin_user_pages_fast" }
fun GetUserOps: set String { "get_user_pages" + "get_user_pages_fast" }
-- The calls that take references on each page of an iterator.
fun IterTakeOps: set String { GetPagesOps + PinOps + GetUserOps + "iov_iter_extract_pages" + "vmsplice" }

fun TakeHow[t: Tok]: How {
    let op = t.TokOp, it = t.TokIter |
        op in GetPagesOps + "vmsplice" => GetPagesHow[it]
        else op = "iov_iter_extract_pages" => ExtractHow[it]
        else op = "bio_iov_iter_get_pages" => BioIterHow[it]
        else op in PinOps => how_pin            -- mm/gup.c FOLL_PIN
        else op in GetUserOps => how_get        -- mm/gup.c FOLL_GET
        else op = "get_page" => how_get
        else op = "folio_add_pin" => how_pin
        else ZeroHow                            -- op = FsZero
}

-- Constant tables.
fun TokHow: Tok -> How { { t: Tok, h: How | h = TakeHow[t] } }
-- The page came from a GUP of user memory (FOLL_GET or FOLL_PIN): taken from a
-- user-backed iterator, or a user page in a bvec, which only a GUP put there
-- (vmsplice's iov_iter_get_pages2, io_uring's pin_user_pages).
fun TokGup: set Tok {
    { t: Tok | t.TokOp in IterTakeOps + "bio_iov_iter_get_pages"
               and (UserBacked[t.TokIter]
                    or (some t.TokIter and t.TokIter.ikind = iter_bvec and t.TokPage.kind = kind_user)) }
}

-- A GUP that fails at once with -EFAULT, taking nothing: iov_iter_get_pages2()
-- of a kvec (lib/iov_iter.c:__iov_iter_get_pages_alloc returns -EFAULT).
pred GetFaults[op: String, it: Iter] {
    it.ikind = iter_kvec
    op in GetPagesOps or (op = "bio_iov_iter_get_pages" and KERNEL != kernel_6_12)
}

----------------------------------------------------------------------------
-- Bios in flight and what the device does to their pages.

fun InFlight: set Bio { state.inflight }
fun DmaPages: set Page { InFlight.pages }
-- A READ bio's device writes into memory.
fun DmaWritePages: set Page { (InFlight & rw.op_read).pages }

-- The how of page p's entry in bio b (p one of b.pages).
fun HowIn[b: Bio, p: Page]: How { p in b.pinTaken => how_pin else p in b.getTaken => how_get else how_none }

-- iov_iter_put_pages() (proposed in the thread): release the way taken.
fun ExactMode[how: How]: Mode {
    how = how_pin => mode_unpin else how = how_get => mode_put else mode_none
}

-- What bio_release_pages() does with one page of bio b, per the design:
-- 6.1 puts each folio unless BIO_NO_PAGE_REF; 6.12 unpins each folio only when
-- BIO_PAGE_PINNED, otherwise nothing; the proposals' end_io variants.
fun BioReleaseMode[b: Bio, how: How]: Mode {
    END_IO = endio_no_page_ref => (BIO_NO_PAGE_REF in b.flags => mode_none else mode_put)
    else END_IO = endio_page_pinned => (BIO_PAGE_PINNED in b.flags => mode_unpin else mode_none)
    else END_IO = endio_put_all => mode_put
    else END_IO = endio_unpin_all => mode_unpin
    else END_IO = endio_split => (b.endio = gup => mode_unpin else mode_put)
    else END_IO = endio_common_bool => (some b.pinTaken => mode_unpin else mode_put)
    else END_IO = endio_per_page_mark => ExactMode[how]
    else mode_none   -- submitter
}

-- What the bio's end_io releases: nothing when it releases nothing itself; in a
-- kernel, each page as it was taken when the end_io has a release loop of its own.
fun EndIoMode[b: Bio, how: How]: Mode {
    some b.no_release => mode_none
    else (b in as_taken and KERNEL != kernel_2019) => ExactMode[how]
    else BioReleaseMode[b, how]
}

-- The C function bio_endio() calls (Scenario spells each bio's two names).
fun EndIoName[b: Bio]: String { b.endio = gup => b.name_gup else b.name_normal }

-- What a put_page() call site releasing iterator pages does once converted.
fun SiteMode[how: How]: Mode {
    RELEASE = release_put_page => mode_put
    else RELEASE = release_put_user_page => mode_unpin
    else ExactMode[how]
}

----------------------------------------------------------------------------
-- A step's frames and commit (the world of Pinning.tla is the next state).

-- The entries of bio b (its pages, their how and gup, the first one) ...
pred KeepEntries[b: Bio] {
    b.pages' = b.pages and b.pinTaken' = b.pinTaken and b.getTaken' = b.getTaken
    b.fromGup' = b.fromGup and b.head' = b.head
}
-- ... and the whole bio.
pred KeepBio[b: Bio] {
    KeepEntries[b]
    b.state' = b.state and b.endio' = b.endio and b.flags' = b.flags and b.rq' = b.rq
}
-- Append entries to bio b: pages ps, of which pinned and gotten taken so, gupd from a GUP.
pred AddEntries[b: Bio, ps, pinned, gotten, gupd: set Page] {
    b.pages' = b.pages + ps and b.pinTaken' = b.pinTaken + pinned and b.getTaken' = b.getTaken + gotten
    b.fromGup' = b.fromGup + gupd
}
pred KeepBios { all b: Bio | KeepBio[b] }
pred KeepActor[a: Actor] { a.pc' = a.pc and a.seen' = a.seen }
pred KeepPagesBut[ps: set Page] { all p: Page - ps | KeepPage[p] }
pred KeepToks { got' = got and missed' = missed }

-- The count the page's owners account for: the process's mapping, the child's
-- after fork, the page cache, a kernel page's owner (ZERO_PAGE: its boot count).
-- Migration and reclaim freeze the count at this. (Counted with Succ, not plus.)
fun ExpectedOf[p: Page]: Int {
    IsZero[p] => ZERO_BASE
    else let n1 = (p in Mapped => Zero.Succ else Zero),
             n2 = (p in ChildMapped => n1.Succ else n1),
             n3 = (p in Cached => n2.Succ else n2) |
         (p.kind = kind_kernel => n3.Succ else n3)
}

-- Release one reference of page p taken as `how`, with `mode`: the harms (the
-- counts are Release[p, mode]).
fun ReleaseOneHarm[p: Page, how: How, mode: Mode]: set Harm {
    ReleaseHarm[p, mode] + (Mismatch[how, mode] => H_mismatch else none)
}

-- GhostGup: the ghost counts of the page of token t after its reference came
-- (GhostTake) or went with `mode` (GhostRelease), or after bio b's entry of page p
-- went (GhostEntry).
pred GhostTake[t: Tok] {
    let p = t.TokPage {
        p.gups' = ((t in TokGup and t.TokHow != how_none) => p.gups.Succ else p.gups)
        p.ltpins' = (t in TokLong => p.ltpins.Succ else p.ltpins)
    }
}
pred GhostRelease[t: Tok, mode: Mode] {
    let p = t.TokPage {
        p.gups' = ((t in TokGup and t.TokHow != how_none and mode != mode_none) => p.gups.Pred else p.gups)
        p.ltpins' = ((t in TokLong and mode != mode_none) => p.ltpins.Pred else p.ltpins)
    }
}
pred GhostEntry[b: Bio, p: Page, mode: Mode] {
    p.gups' = ((p in b.fromGup and HowIn[b, p] != how_none and mode != mode_none) => p.gups.Pred else p.gups)
    p.ltpins' = p.ltpins
}

-- Pages this step freed while a device may still access them (FreedUnderDma).
fun FreedUnderDma: Harm -> Page { H_uaf -> ((DmaPages' & Freed') - Freed) }

-- Record this step's harms; bad is a history.
pred Record[h: Harm -> Page] { bad' = bad + h + FreedUnderDma }

pred Event[a: Who, c: String, x, y: lone Name, s: lone String, n: lone Note, np: lone Name] {
    Ev.ev_actor' = a and Ev.ev_call' = c and Ev.ev_arg1' = x and Ev.ev_arg2' = y
    Ev.ev_site' = s and Ev.ev_note' = n and Ev.ev_note_page' = np
}

-- Commit an actor's step: its pc advances, its event is recorded, other
-- actors keep their state, the workqueue too (UNCHANGED wq), and hasPinned
-- becomes hp. The caller fixes pages, bios, got, missed, seen.
pred CommitWith[a: Actor, l: Line, h: Harm -> Page, n: lone Note, np: lone Page, hp: set Mm] {
    a.pc' = a.pc.Succ
    all x: Actor - a | KeepActor[x]
    wq' = wq
    HasPinned' = hp
    Record[h]
    Event[a, l.op, l.arg1, l.arg2, l.site, n, np]
}
-- ... hasPinned unchanged: only a GUP sets it.
pred Commit[a: Actor, l: Line, h: Harm -> Page, n: lone Note, np: lone Page] {
    CommitWith[a, l, h, n, np, HasPinned]
}
-- A step that changes no page, no bio, no token, nothing of the actor's but its pc.
pred CommitOnly[a: Actor, l: Line, h: Harm -> Page, n: lone Note, np: lone Page] {
    Commit[a, l, h, n, np]
    KeepPagesBut[none] and KeepBios and KeepToks
    a.seen' = a.seen
}

-- A call on a reference its GUP did not obtain does nothing; its own token, if it
-- takes one, is not obtained either.
pred Skipped[a: Actor, l: Line, p: Page] {
    Commit[a, l, none -> none, NoteSkipped, p]
    KeepPagesBut[none] and KeepBios
    got' = got and missed' = missed + Int.(l.toks)
    a.seen' = a.seen
}

-- The token a call hands on or releases (none when it names none): Tok(c).
fun TokOf[l: Line]: lone Tok { 0.(l.toks) }
-- t \in missed, false for "".
pred Missed[t: lone Tok] { some t and t in missed }
-- How the reference of a token is taken; a call naming none hands on no reference.
fun HowOf[t: lone Tok]: How { no t => how_none else t.TokHow }

----------------------------------------------------------------------------
-- The calls an actor's program can make.

-- GupEach over the tokens ts of iterator i (all at once: distinct pages). A token
-- resting on one not obtained (TokDep) is skipped: missed, and the GUP goes on. A
-- pin, or a GUP for write, of a COW-shared anon page the process cannot reuse
-- unshares it: the process gets a copy the model does not follow, that token alone
-- is missed and the GUP goes on with the next (mm/gup.c __get_user_pages: the fault
-- gives the address a new page and follow_page_mask retries). The first token that
-- Stops ends the GUP: it and every later token are missed. It stops at (in this
-- order) an unmapped or freed page (-EFAULT), the overflow check (-ENOMEM), and a
-- FOLL_LONGTERM pin of a movable page that cannot be migrated (-ENOMEM), which also
-- gives back the pins this call took (6.1/6.12 mm/gup.c __gup_longterm_locked:
-- check_and_migrate_movable_pages / migrate_longterm_unpinnable_folios unpin all on
-- failure), so every token of the call is missed.
pred Faults[i: Iter, t: Tok] { UserBacked[i] and (t.TokPage not in Mapped or t.TokPage in Freed) }
-- A pin, or a GUP for write, of a COW-shared anon page unshares it first
-- (mm/gup.c gup_must_unshare / FOLL_WRITE fault -> do_wp_page).
pred Unshare[i: Iter, t: Tok] {
    UserBacked[i] and t.TokPage.kind = kind_user and t.TokPage not in AnonX
    t.TokHow = how_pin or i.idir = dir_dest
}
-- do_wp_page's reuse of a write-protected anon page: exclusive, or no other
-- reference (6.1 mm/memory.c:do_wp_page); 6.12 never reuses a large folio that is
-- not exclusive (mm/memory.c:wp_can_reuse_anon_folio). Reusable(pg, p) of Pinning.tla.
pred Reusable[p: Page] { p in AnonX or (p.ref in One and not (KERNEL = kernel_6_12 and p in Large)) }
pred MustCopy[i: Iter, t: Tok] { Unshare[i, t] and not Reusable[t.TokPage] }
pred GrabStops[i: Iter, t: Tok] { UserBacked[i] and GrabRefused[t.TokPage] }
-- A FOLL_LONGTERM pin moves a movable page out first (check_and_migrate_movable_pages) ...
pred LongMove[t: Tok] { t in TokLong and t.TokPage in InMovableZone and LONGTERM = longterm_migrate_first }
-- ... which fails when references other than the mappings' hold it.
pred Unmovable[t: Tok] { LongMove[t] and t.TokPage.ref != ExpectedOf[t.TokPage] }
pred DepMissed[t: Tok] { some t.TokDep & missed }
-- The unshare copies: t alone is missed.
pred Copied[i: Iter, t: Tok] { not DepMissed[t] and not Faults[i, t] and MustCopy[i, t] }
pred Stops[i: Iter, t: Tok] {
    not DepMissed[t]
    Faults[i, t] or (not MustCopy[i, t] and (GrabStops[i, t] or Unmovable[t]))
}
-- The tokens GupEach reaches before it stops (all when it does not).
fun GupReached[i: Iter, ts: Int -> Tok]: set Tok {
    { t: Int.ts | all j: ts.Tok | j <= ts.t => not Stops[i, j.ts] }
}
-- ... of which it takes a reference: neither skipped nor copied.
fun GupGot[i: Iter, ts: Int -> Tok]: set Tok {
    { t: GupReached[i, ts] | not DepMissed[t] and not Copied[i, t] }
}
-- ... and the ones that set the note: skipped or copied.
fun GupNoted[i: Iter, ts: Int -> Tok]: set Tok { GupReached[i, ts] - GupGot[i, ts] }
fun GupStop[i: Iter, ts: Int -> Tok]: lone Tok {
    { t: Int.ts | Stops[i, t] and all j: ts.Tok | j < ts.t => not Stops[i, j.ts] }
}

-- TakeAll: the tokens of call l on iterator i reached and taken (Reached), those
-- still held after it (Taken: none when a failed longterm pin gave them back),
-- missed, the harms and the note.
fun TakeAllStop[l: Line, i: Iter]: lone Tok { GetFaults[l.op, i] => none else GupStop[i, l.toks] }
-- Why the GUP stopped at its stop token (none when it did not), in GupEach's order.
fun StopNote[i: Iter, stop: lone Tok]: lone Note {
    no stop => none
    else Faults[i, stop] => NoteEfault
    else GrabStops[i, stop] => NoteEnomem
    else NoteUnmovable
}
pred GivesBack[l: Line, i: Iter] { StopNote[i, TakeAllStop[l, i]] = NoteUnmovable }
fun Reached[l: Line, i: Iter]: set Tok { GetFaults[l.op, i] => none else GupGot[i, l.toks] }
fun Taken[l: Line, i: Iter]: set Tok { GivesBack[l, i] => none else Reached[l, i] }
fun TakeAllMissed[l: Line, i: Iter]: set Tok { Int.(l.toks) - Taken[l, i] }
-- The pins a failed longterm pin took are given back in its step: modelled as no
-- net change of the counts and only the takes' harms (see the header).
fun TakeAllHarm[l: Line, i: Iter]: Harm -> Page {
    let stop = TakeAllStop[l, i], why = StopNote[i, stop] |
        { h: Harm, p: Page | some t: Reached[l, i] | p = t.TokPage and h in TakeHarm[p, t.TokHow] }
        + (GetFaults[l.op, i] => none -> none else H_unfollowed -> { t: GupNoted[i, l.toks] | Copied[i, t] }.TokPage)
        -- try_grab_folio(): WARN_ON_ONCE(folio_ref_count(folio) <= 0), then -ENOMEM
        + (why = NoteEnomem => H_grab_refused -> stop.TokPage else none -> none)
        + ((why = NoteEnomem and Warns[warn_grab]) => H_warn -> stop.TokPage else none -> none)
}
-- The note of the GUP: the stop's, else that of the last token skipped or copied.
fun LastNoted[l: Line, i: Iter]: lone Tok { LastOf[l.toks, GupNoted[i, l.toks]] }
fun TakeAllNote[l: Line, i: Iter]: lone Note {
    GetFaults[l.op, i] => NoteKvec
    else some TakeAllStop[l, i] => StopNote[i, TakeAllStop[l, i]]
    else no LastNoted[l, i] => none
    else DepMissed[LastNoted[l, i]] => NoteSkipped
    else NoteUnshare
}
fun TakeAllNotePage[l: Line, i: Iter]: lone Page {
    GetFaults[l.op, i] => none
    else some TakeAllStop[l, i] => TakeAllStop[l, i].TokPage
    else LastNoted[l, i].TokPage
}
-- MMF_HAS_PINNED after the GUP: set by a pin of user memory (one given back too).
fun TakeAllPinned[l: Line, i: Iter]: set Mm {
    (some t: Reached[l, i] | t.TokHow = how_pin and UserBacked[i]) => Mm else HasPinned
}
-- What the GUP does to the page of a token it took besides its counts: a
-- longterm pin's page is migrated out of the movable zone (the model follows the
-- new page), an unshared page is exclusive and writable again; a failed longterm
-- pin that gives the pin back leaves this done.
pred GupFlags[i: Iter, t: Tok] {
    let p = t.TokPage {
        p in Mapped' iff p in Mapped
        p in Cached' iff p in Cached
        p in Dirty' iff p in Dirty
        p in UnderWriteback' iff p in UnderWriteback
        p in ChildMapped' iff p in ChildMapped
        LongMove[t] => (p not in InMovableZone' and (p in AnonX' iff p in AnonX)
                        and (p in WriteProtected' iff p in WriteProtected))
        else Unshare[i, t] => (p in AnonX' and p not in WriteProtected' and (p in InMovableZone' iff p in InMovableZone))
        else ((p in InMovableZone' iff p in InMovableZone) and (p in AnonX' iff p in AnonX)
              and (p in WriteProtected' iff p in WriteProtected))
    }
}
-- Take the references of the tokens ts obtained: counts and ghosts.
pred TakeEach[ts: set Tok] {
    all t: ts | Take[t.TokPage, t.TokHow] and GhostTake[t]
}

-- FOLL_WRITE faults on a PTE page_mkclean() write-protected; page_mkwrite waits
-- for writeback only when the mapping needs stable writes (folio_wait_stable).
pred GupMustWait[i: Iter] {
    UserBacked[i] and i.idir = dir_dest and some Int.(i.ipages) & UnderWriteback & Stable
}

-- iov_iter_get_pages2() / _alloc2() (FOLL_GET), iov_iter_extract_pages()
-- (FOLL_PIN), 2019's iov_iter_get_pages(), pin_user_pages*() and
-- get_user_pages*() over the pages of an iterator.
pred gup[a: Actor, l: Line, i: Iter] {
    let taken = Taken[l, i] {
        not GupMustWait[i]
        TakeEach[taken]
        -- taken and given back in the same step (no net change, see the header)
        all t: Reached[l, i] - taken | KeepCounts[t.TokPage] and KeepGhosts[t.TokPage]
        all t: Reached[l, i] | GupFlags[i, t]
        KeepPagesBut[Reached[l, i].TokPage]
        KeepBios
        got' = got + taken
        missed' = missed + TakeAllMissed[l, i]
        a.seen' = a.seen
        CommitWith[a, l, TakeAllHarm[l, i], TakeAllNote[l, i], TakeAllNotePage[l, i], TakeAllPinned[l, i]]
    }
}

-- Would the bio's release give back a page taken as `how` the way it was taken?
pred Compatible[b: Bio, how: How, p: Page] {
    no b.pages
    or END_IO = endio_per_page_mark
    or ExactMode[how] = ExactMode[HowIn[b, b.head]]
    or (IsZero[p] and ZERO_PIN = zpin_neutral and HowIn[b, b.head] = how_pin)
}
-- The one-iter fill rule (HYPOTHETICAL) refuses the page.
pred FillRejects[b: Bio, how: How, p: Page] { FILL_RULE = fill_one_iter and not Compatible[b, how, p] }

-- folio_add_pin's WARN_ON_ONCE (6.12 mm/gup.c): _pincount < 1 on a large folio,
-- the signed _refcount < GUP_PIN_COUNTING_BIAS on a small one, so a wrapped count
-- warns (folio_maybe_dma_pinned reads it unsigned, as pinned); other accountings:
-- not maybe-pinned. NotPinnedForAddPin(pg, isLarge) of Pinning.tla.
pred NotPinnedForAddPin[p: Page] {
    PIN_ACCOUNTING = acct_bias => (p in Large => p.pin not in Pos else p.ref not in AtLeastBias)
    else not MaybeDmaPinned[p]
}

-- fs/direct-io.c's ZERO_PAGE taken by folio_add_pin() (6.12 dio_pin_page) WARNs
-- if the folio is not pinned, unless the zero folio's pin is a no-op.
fun AddPinWarn[p: Page]: set Harm {
    (ZERO_PAGE_POLICY = zero_add_pin and ZERO_PIN != zpin_neutral and NotPinnedForAddPin[p]
     and Warns[warn_add_pin]) => H_warn else none
}

-- The reference of token t is ZERO_PAGE the filesystem takes in bio_add_page.
pred FsZeroTok[t: lone Tok] { some t and t.TokOp = FsZero }

-- bio_add_page() (block/bio.c): append the page; the bio's release gives back the
-- reference the call's token holds (none with no token). ZERO_PAGE the filesystem
-- adds is taken here. Under the HYPOTHETICAL one-iter fill rule a page the bio would
-- release the wrong way is refused and given back (AddPage).
pred bio_add_page[a: Actor, l: Line, b: Bio, p: Page] {
    let t = TokOf[l], how = HowOf[t] {
        -- ZERO_PAGE zeroes only a block the data GUP mapped (Pinning.tla: bio_add_page)
        (Missed[t] or (FsZeroTok[t] and OnMissed[l])) => Skipped[a, l, p]
        else FillRejects[b, how, p] => {
            -- refused: ReleaseTok of a token held, else ReleaseOne(how, ExactMode(how));
            -- a ZERO_PAGE just taken is given back in the same step (no net change,
            -- see the header)
            FsZeroTok[t] => KeepCounts[p] else Release[p, ExactMode[how]]
            (some t and t in got) => GhostRelease[t, ExactMode[how]] else KeepGhosts[p]
            KeepFlags[p] and KeepPagesBut[p] and KeepBios
            got' = got - t and missed' = missed and a.seen' = a.seen
            Commit[a, l, H_fill_rejected -> p
                         + (FsZeroTok[t] => (TakeHarm[p, how] + AddPinWarn[p]) -> p
                            else ReleaseOneHarm[p, how, ExactMode[how]] -> p),
                   NoteRejected, p]
        } else {
            FsZeroTok[t] => Take[p, how] else KeepCounts[p]
            KeepGhosts[p] and KeepFlags[p] and KeepPagesBut[p]
            all x: Bio - b | KeepBio[x]
            b.state' = b.state and b.rq' = b.rq and b.flags' = b.flags
            AddEntries[b, p, (how = how_pin => p else none), (how = how_get => p else none),
                       ((some t and t in TokGup) => p else none)]
            no b.pages => (b.head' = p and b.endio' = (how = how_pin => gup else normal))
                     else (b.head' = b.head and b.endio' = b.endio)
            got' = got and missed' = missed and a.seen' = a.seen
            Commit[a, l, (FsZeroTok[t] => (TakeHarm[p, how] + AddPinWarn[p]) -> p else none -> none)
                         + Touch[p] -> p,
                   none, none]
        }
    }
}

-- The token of ts that comes first in the sequence, and the one that comes last.
fun FirstOf[ts: Int -> Tok, s: set Tok]: lone Tok { { t: s | all u: s | ts.t <= ts.u } }
fun LastOf[ts: Int -> Tok, s: set Tok]: lone Tok { { t: s | all u: s | ts.t >= ts.u } }

-- bio_iov_iter_get_pages() (block/bio.c): a bvec is attached as it is (6.1 also
-- sets BIO_NO_PAGE_REF); 6.12 sets BIO_PAGE_PINNED before extracting when the
-- iterator is user-backed; then TakeAll, and AddEach adds every token obtained,
-- each judged by the fill rule against the bio as it was before the call
-- (Compatible reads bio, not the pages this call added). The references stay the
-- actor's as well (got).
pred bio_iov_iter_get_pages[a: Actor, l: Line, b: Bio, i: Iter] {
    let taken = Taken[l, i],
        rejected = { t: taken | FillRejects[b, t.TokHow, t.TokPage] },
        added = taken - rejected,
        flag = ((KERNEL = kernel_6_12 and UserBacked[i]) => BIO_PAGE_PINNED
                else (KERNEL != kernel_6_12 and i.ikind = iter_bvec) => BIO_NO_PAGE_REF else none) {
        not GupMustWait[i]
        TakeEach[added]
        -- taken and given back in the same step (no net change, see the header)
        all t: rejected + (Reached[l, i] - taken) | KeepCounts[t.TokPage] and KeepGhosts[t.TokPage]
        all t: Reached[l, i] | GupFlags[i, t]
        KeepPagesBut[Reached[l, i].TokPage]
        all x: Bio - b | KeepBio[x]
        b.state' = b.state and b.rq' = b.rq
        b.flags' = b.flags + flag
        AddEntries[b, added.TokPage, (added & TokHow.how_pin).TokPage, (added & TokHow.how_get).TokPage,
                   (added & TokGup).TokPage]
        (no b.pages and some added)
            => (b.head' = FirstOf[l.toks, added].TokPage
                and b.endio' = (FirstOf[l.toks, added].TokHow = how_pin => gup else normal))
            else (b.head' = b.head and b.endio' = b.endio)
        got' = got + added
        missed' = missed + TakeAllMissed[l, i]
        a.seen' = a.seen
        CommitWith[a, l, TakeAllHarm[l, i]
                         + { h: Harm, p: added.TokPage | h in Touch[p] }
                         + H_fill_rejected -> rejected.TokPage,
                   some rejected => NoteRejected else TakeAllNote[l, i],
                   some rejected => LastOf[l.toks, rejected].TokPage else TakeAllNotePage[l, i],
                   TakeAllPinned[l, i]]
    }
}

-- bio_set_flag() where the filesystem sets up the bio (6.12 fs/direct-io.c:
-- dio_bio_alloc sets BIO_PAGE_PINNED when dio->is_pinned).
pred bio_set_flag[a: Actor, l: Line, b: Bio, f: Flag] {
    KeepPagesBut[none] and KeepToks
    all x: Bio - b | KeepBio[x]
    KeepEntries[b]
    b.state' = b.state and b.endio' = b.endio and b.rq' = b.rq and b.flags' = b.flags + f
    a.seen' = a.seen
    Commit[a, l, none -> none, none, none]
}

-- Another actor still has a fill of bio b ahead in its program.
pred FillPending[b: Bio, a: Actor] {
    some x: Line | x.who != a and x.idx in x.who.pc.*Succ
        and x.op in "bio_add_page" + "bio_iov_iter_get_pages" + "bio_set_flag" and x.arg1 = b
}

-- submit_bio() (block/blk-core.c): the device may now DMA at any time.
pred submit_bio[a: Actor, l: Line, b: Bio] {
    not FillPending[b, a]
    KeepPagesBut[none] and KeepToks
    all x: Bio - b | KeepBio[x]
    KeepEntries[b]
    b.state' = inflight and b.endio' = b.endio and b.flags' = b.flags and b.rq' = b.rq
    a.seen' = a.seen
    Commit[a, l, { h: Harm, p: b.pages | h in Touch[p] }, none, none]
}

-- wait_for_completion(): the submitter sleeps until bio_endio() ran.
pred wait_for_completion[a: Actor, l: Line, b: Bio] {
    b.state = done
    CommitOnly[a, l, none -> none, none, none]
}

-- A further reference on a page whose first reference (TokDep) was never got.
pred OnMissed[l: Line] { some TokOf[l].TokDep & missed }

-- get_page() (include/linux/mm.h): a plain +1, no overflow check.
pred get_page[a: Actor, l: Line, p: Page] {
    OnMissed[l] => Skipped[a, l, p]
    else {
        RefAdd[p, 1] and KeepPins[p] and KeepGhosts[p] and KeepFlags[p] and KeepPagesBut[p] and KeepBios
        got' = got + TokOf[l] and missed' = missed and a.seen' = a.seen
        Commit[a, l, RefAddHarm[p, 1] -> p, none, none]
    }
}

-- folio_add_pin() (6.12 mm/gup.c): one more pin on a folio the caller already
-- pinned; a no-op on the zero folio; WARN_ON_ONCE when it does not read pinned
-- (NotPinnedForAddPin).
pred folio_add_pin[a: Actor, l: Line, p: Page] {
    OnMissed[l] => Skipped[a, l, p]
    else {
        Pin[p] and KeepGhosts[p] and KeepFlags[p] and KeepPagesBut[p] and KeepBios
        got' = got + TokOf[l] and missed' = missed and a.seen' = a.seen
        Commit[a, l, (PinHarm[p] + ((not PinNeutral[p] and NotPinnedForAddPin[p] and Warns[warn_add_pin])
                                    => H_warn else none)) -> p,
               none, none]
    }
}

-- A release at a call site of the reference token t (ReleaseTok), with the mode
-- the call gives. With no token, the page's owner drops its own reference.
pred CallSiteRelease[a: Actor, l: Line, p: Page, mode: Mode] {
    let t = TokOf[l], how = (no t => how_get else t.TokHow) {
        Missed[t] => Skipped[a, l, p]
        else {
            Release[p, mode] and KeepFlags[p] and KeepPagesBut[p] and KeepBios
            no t => KeepGhosts[p] else GhostRelease[t, mode]
            got' = got - t and missed' = missed and a.seen' = a.seen
            Commit[a, l, ReleaseOneHarm[p, how, mode] -> p, none, none]
        }
    }
}

-- put_page(): as written in the kernels; under a proposal a put_page() of
-- iterator pages is converted as its RELEASE knob says.
pred put_page[a: Actor, l: Line, p: Page] {
    let t = TokOf[l] | CallSiteRelease[a, l, p, (some t and some t.TokIter) => SiteMode[t.TokHow] else mode_put]
}

-- unpin_user_page() (mm/gup.c), put_user_page() in 2019: always an unpin.
pred unpin_user_page[a: Actor, l: Line, p: Page] { CallSiteRelease[a, l, p, mode_unpin] }

-- PutEach: release each token of the call still held, the way it was taken
-- ("exact") or with an unpin ("unpin"); all at once (distinct pages).
fun PutEachMode[t: Tok, rule: Rule]: Mode { rule = rule_unpin => mode_unpin else ExactMode[t.TokHow] }
fun PutEachHeld[l: Line]: set Tok { Int.(l.toks) & got }
-- (Counts, ghosts and got; the caller fixes the pages' flags.)
pred PutEach[l: Line, rule: Rule] {
    all t: PutEachHeld[l] | Release[t.TokPage, PutEachMode[t, rule]] and GhostRelease[t, PutEachMode[t, rule]]
    KeepPagesBut[PutEachHeld[l].TokPage]
    got' = got - PutEachHeld[l]
}
fun PutEachHarm[l: Line, rule: Rule]: Harm -> Page {
    { h: Harm, p: Page | some t: PutEachHeld[l] | p = t.TokPage and h in ReleaseOneHarm[p, t.TokHow, PutEachMode[t, rule]] }
}

-- iov_iter_put_pages() (proposed in the thread): balance one
-- iov_iter_get_pages(), releasing each page the way it was taken.
pred iov_iter_put_pages[a: Actor, l: Line, i: Iter] {
    PutEach[l, rule_exact] and KeepBios and missed' = missed and a.seen' = a.seen
    all t: PutEachHeld[l] | KeepFlags[t.TokPage]
    Commit[a, l, PutEachHarm[l, rule_exact], none, none]
}

-- unpin_user_pages() (mm/gup.c): unpin each page a pin_user_pages*() of this
-- iterator took.
pred unpin_user_pages[a: Actor, l: Line, i: Iter] {
    PutEach[l, rule_unpin] and KeepBios and missed' = missed and a.seen' = a.seen
    all t: PutEachHeld[l] | KeepFlags[t.TokPage]
    Commit[a, l, PutEachHarm[l, rule_unpin], none, none]
}

-- unpin_user_pages_dirty_lock(pages, n, true): dirty each page held (DirtyToks;
-- ZERO_PAGE is never dirtied), then unpin.
pred unpin_user_pages_dirty_lock[a: Actor, l: Line, i: Iter] {
    PutEach[l, rule_unpin] and KeepBios and missed' = missed and a.seen' = a.seen
    all t: PutEachHeld[l] | let p = t.TokPage {
        p in Mapped' iff p in Mapped
        p in Cached' iff p in Cached
        p in UnderWriteback' iff p in UnderWriteback
        p in Dirty' iff (p in Dirty or not IsZero[p])
        KeepMm[p]
    }
    Commit[a, l, PutEachHarm[l, rule_unpin], none, none]
}

-- ReleaseEach: the pages of bio b released with the mode of bio `by`: what its
-- end_io does (rule_end_io) or what bio_release_pages() does (rule_release);
-- counts only, all at once (distinct pages).
fun ReleaseEachMode[by: Bio, how: How, rule: Rule]: Mode {
    rule = rule_end_io => EndIoMode[by, how] else BioReleaseMode[by, how]
}
-- (ReleaseEntry: counts and ghosts.)
pred ReleaseEach[b: Bio, by: Bio, rule: Rule] {
    all p: b.pages | let mode = ReleaseEachMode[by, HowIn[b, p], rule] | Release[p, mode] and GhostEntry[b, p, mode]
}
fun ReleaseEachHarm[b: Bio, by: Bio, rule: Rule]: Harm -> Page {
    { h: Harm, p: b.pages | h in ReleaseOneHarm[p, HowIn[b, p], ReleaseEachMode[by, HowIn[b, p], rule]] }
}

-- bio_release_pages() called by the bio's owner after the I/O (6.1
-- block/fops.c:__blkdev_direct_IO_simple after submit_bio_wait).
pred bio_release_pages[a: Actor, l: Line, b: Bio] {
    ReleaseEach[b, b, rule_release]
    all p: b.pages | KeepFlags[p]
    KeepPagesBut[b.pages] and KeepBios and KeepToks
    a.seen' = a.seen
    Commit[a, l, ReleaseEachHarm[b, b, rule_release], none, none]
}

-- munmap() (mm/mmap.c): zap the PTE, dropping the mapping's reference
-- (ZERO_PAGE's special PTE holds none).
pred munmap[a: Actor, l: Line, p: Page] {
    p not in Mapped => CommitOnly[a, l, none -> none, NoteNotMapped, p]
    else {
        p not in Mapped'
        p in Cached' iff p in Cached
        p in Dirty' iff p in Dirty
        p in UnderWriteback' iff p in UnderWriteback
        IsZero[p] => KeepCounts[p] else (PutRefs[p, 1] and KeepPins[p])
        KeepGhosts[p] and KeepMm[p] and KeepPagesBut[p] and KeepBios and KeepToks
        a.seen' = a.seen
        -- PutRefs of the page already unmapped
        Commit[a, l, (IsZero[p] => none -> none else PutRefsHarmOf[p, 1, Cached, none] -> p), none, none]
    }
}

-- truncate_inode_pages() (mm/truncate.c): wait for writeback, unmap the page
-- from every process and drop the page cache's reference (two puts at once
-- when it was mapped).
fun TruncateRefs[p: Page]: Int { p in Mapped => 2 else 1 }
pred truncate[a: Actor, l: Line, p: Page] {
    p not in Cached => CommitOnly[a, l, none -> none, NoteNotCached, p]
    else {
        p not in UnderWriteback
        p not in Mapped' and p not in Cached'
        p in Dirty' iff p in Dirty
        p in UnderWriteback' iff p in UnderWriteback
        PutRefs[p, TruncateRefs[p]] and KeepPins[p]
        KeepGhosts[p] and KeepMm[p] and KeepPagesBut[p] and KeepBios and KeepToks
        a.seen' = a.seen
        -- PutRefs of the page already unmapped and out of the cache
        Commit[a, l, PutRefsHarmOf[p, TruncateRefs[p], none, none] -> p, none, none]
    }
}

-- Writeback reaches a page through its mapping: a truncated page is gone.
pred NotInCache[a: Actor, l: Line, p: Page] { CommitOnly[a, l, none -> none, NoteNotInCache, p] }

-- folio_clear_dirty_for_io() -> folio_mkclean(): write-protect the PTEs and clear
-- dirty; the folio stays under writeback until folio_end_writeback(). Writeback
-- picks only dirty pages (6.1/6.12 mm/page-writeback.c write_cache_pages: the
-- PAGECACHE_TAG_DIRTY lookup, folio_prepare_writeback): a clean page not under
-- writeback is skipped. Under the HYPOTHETICAL skip-pinned policy writeback asks
-- folio_maybe_dma_pinned() here.
pred page_mkclean[a: Actor, l: Line, p: Page] {
    p not in Cached => NotInCache[a, l, p]
    else (p not in Dirty and p not in UnderWriteback) => CommitOnly[a, l, none -> none, NoteClean, p]
    else {
        p not in UnderWriteback
        KeepCounts[p]
        p in Mapped' iff p in Mapped
        p in Cached' iff p in Cached
        p not in Dirty' and p in UnderWriteback'
        KeepGhosts[p] and KeepMm[p] and KeepPagesBut[p] and KeepBios and KeepToks
        a.seen' = (WRITEBACK = wb_skip_pinned => (MaybeDmaPinned[p] => a.seen + p else a.seen - p) else a.seen)
        Commit[a, l, Touch[p] -> p,
               WRITEBACK = wb_skip_pinned => (MaybeDmaPinned[p] => NoteHypTrue else NoteHypFalse) else none,
               WRITEBACK = wb_skip_pinned => p else none]
    }
}

-- folio_maybe_dma_pinned() (include/linux/mm.h), asked explicitly.
pred folio_maybe_dma_pinned[a: Actor, l: Line, p: Page] {
    KeepPagesBut[none] and KeepBios and KeepToks
    a.seen' = (MaybeDmaPinned[p] => a.seen + p else a.seen - p)
    Commit[a, l, none -> none, MaybeDmaPinned[p] => NoteTrue else NoteFalse, none]
}

-- ->writepages (write_cache_pages): write the page out, unless it read pinned
-- (the skip-pinned policy: redirty it, leave it); a page page_mkclean did not
-- put under writeback has nothing to write.
pred writepage[a: Actor, l: Line, p: Page] {
    p not in Cached => NotInCache[a, l, p]
    else p not in UnderWriteback => CommitOnly[a, l, none -> none, NoteNothingToWrite, p]
    else p in a.seen => {
        KeepCounts[p]
        p in Mapped' iff p in Mapped
        p in Cached' iff p in Cached
        p in UnderWriteback' iff p in UnderWriteback
        p in Dirty'
        KeepGhosts[p] and KeepMm[p] and KeepPagesBut[p] and KeepBios and KeepToks
        a.seen' = a.seen
        Commit[a, l, none -> none, NoteRedirtied, none]
    } else {
        KeepPagesBut[none] and KeepBios and KeepToks
        a.seen' = a.seen
        Commit[a, l, (Touch[p] + (p in DmaWritePages => H_wb_under_dma else none)) -> p, none, none]
    }
}

-- folio_end_writeback() (mm/filemap.c): writeback done.
pred end_page_writeback[a: Actor, l: Line, p: Page] {
    p not in UnderWriteback => CommitOnly[a, l, none -> none, NoteNotUnderWriteback, p]
    else {
        KeepCounts[p]
        p in Mapped' iff p in Mapped
        p in Cached' iff p in Cached
        p in Dirty' iff p in Dirty
        p not in UnderWriteback'
        KeepGhosts[p] and KeepMm[p] and KeepPagesBut[p] and KeepBios and KeepToks
        a.seen' = a.seen
        Commit[a, l, none -> none, none, none]
    }
}

-- The process's address of page p now maps another page: a reference a GUP took
-- on p no longer reaches what the process reads ("stale-dma"); the model follows
-- p, unmapped by the process (and out of the cache when `uncached`), from here on:
-- PutRefs of one reference with the page record so unmapped (isZero FALSE).
-- (Counts, flags and the harms; the caller fixes the rest.)
pred MovedAway[p: Page, uncached: set Page] {
    PutRefs[p, 1] and KeepPins[p] and KeepGhosts[p] and KeepMm[p]
    p not in Mapped'
    p in Cached' iff (p in Cached and p not in uncached)
    p in Dirty' iff p in Dirty
    p in UnderWriteback' iff p in UnderWriteback
}
fun MovedAwayHarm[p: Page, uncached: set Page]: set Harm {
    PutRefsHarmOf[p, 1, Cached - uncached, none] + (p.gups in Pos => H_stale_dma else none)
}

-- fork() (kernel/fork.c:dup_mmap -> mm/memory.c:copy_present_pte): each anon
-- page the process maps is shared with the child (+1 for the child's mapping,
-- PageAnonExclusive cleared, both PTEs write-protected), except one
-- page_needs_cow_for_dma() (6.12 folio_needs_cow_for_dma): the mm has pinned, the
-- page is exclusive and maybe pinned: the child gets a copy now. (ForkEach: all
-- pages at once, each once.)
fun ForkPages: set Page { { p: kind.kind_user | p in Mapped and p not in Freed and p not in ChildMapped } }
pred ForkCopies[p: Page] { FORK = fork_cow_for_dma and some HasPinned and p in AnonX and MaybeDmaPinned[p] }
pred fork[a: Actor, l: Line] {
    all p: ForkPages | ForkCopies[p] => KeepPage[p] else {
        RefAdd[p, 1] and KeepPins[p] and KeepGhosts[p]
        p in Mapped' iff p in Mapped
        p in Cached' iff p in Cached
        p in Dirty' iff p in Dirty
        p in UnderWriteback' iff p in UnderWriteback
        p in InMovableZone' iff p in InMovableZone
        p in ChildMapped' and p not in AnonX' and p in WriteProtected'
    }
    KeepPagesBut[ForkPages] and KeepBios and KeepToks
    a.seen' = a.seen
    Commit[a, l, { h: Harm, p: ForkPages | not ForkCopies[p] and h in RefAddHarm[p, 1] },
           (some p: ForkPages | ForkCopies[p]) => NoteForkCopies else none, none]
}

-- The process writes to page p (mm/memory.c:do_wp_page on a write-protected anon
-- PTE): a Reusable page is reused (exclusive, or its count is 1 and, in 6.12, it
-- is not a large folio: wp_can_reuse_anon_folio), else the process gets a copy
-- (wp_page_copy) and p stays with the child and whoever holds references on it.
pred write_fault[a: Actor, l: Line, p: Page] {
    p not in Mapped => CommitOnly[a, l, H_unfollowed -> p, NoteUnfollowedAddr, p]
    else p not in WriteProtected => CommitOnly[a, l, none -> none, NoteWritable, none]
    else Reusable[p] => {
        KeepCounts[p] and KeepGhosts[p]
        p in Mapped' iff p in Mapped
        p in Cached' iff p in Cached
        p in Dirty' iff p in Dirty
        p in UnderWriteback' iff p in UnderWriteback
        p in InMovableZone' iff p in InMovableZone
        p in ChildMapped' iff p in ChildMapped
        p not in WriteProtected' and p in AnonX'
        KeepPagesBut[p] and KeepBios and KeepToks
        a.seen' = a.seen
        Commit[a, l, none -> none, NoteReused, p]
    } else {
        MovedAway[p, none]
        KeepPagesBut[p] and KeepBios and KeepToks
        a.seen' = a.seen
        Commit[a, l, MovedAwayHarm[p, none] -> p, NoteCopied, p]
    }
}

-- Neither mapped by the process nor in the page cache (or freed): migration and
-- reclaim do not reach it.
pred Unreached[p: Page] { p in Freed or p not in Mapped + Cached }

-- migrate_pages() (mm/migrate.c) of page p: unmap it, freeze its refcount at what
-- the mappings account for (folio_migrate_mapping) and move it to a new page; any
-- other reference makes it -EAGAIN. The moved page is what the model follows from
-- then on (nothing else held it).
pred migrate_pages[a: Actor, l: Line, p: Page] {
    Unreached[p] => CommitOnly[a, l, none -> none, NoteNotMapped, p]
    else (MIGRATE = migrate_expected_refs and p.ref != ExpectedOf[p]) => CommitOnly[a, l, none -> none, NoteEagain, p]
    else p.ref = ExpectedOf[p] => CommitOnly[a, l, none -> none, NoteMoved, p]
    else {
        MovedAway[p, p]
        KeepPagesBut[p] and KeepBios and KeepToks
        a.seen' = a.seen
        Commit[a, l, MovedAwayHarm[p, p] -> p, NoteHypMoved, p]
    }
}

-- shrink_folio_list() (mm/vmscan.c): a folio that reads maybe pinned is kept;
-- otherwise reclaim unmaps it and frees it only if its refcount freezes at the
-- expected count (__remove_mapping); else it stays. Freeing drops the expected
-- count with the page record unmapped and out of the cache (isZero FALSE).
pred Reclaim[p: Page] {
    PutRefs[p, ExpectedOf[p]] and KeepPins[p] and KeepGhosts[p] and KeepMm[p]
    p not in Mapped' and p not in Cached'
    p in Dirty' iff p in Dirty
    p in UnderWriteback' iff p in UnderWriteback
}
pred shrink_folio_list[a: Actor, l: Line, p: Page] {
    Unreached[p] => CommitOnly[a, l, none -> none, NoteNotMapped, p]
    else MaybeDmaPinned[p] => CommitOnly[a, l, none -> none, NoteKeptPinned, none]
    else p.ref = ExpectedOf[p] => {
        Reclaim[p] and KeepPagesBut[p] and KeepBios and KeepToks and a.seen' = a.seen
        Commit[a, l, PutRefsHarmOf[p, ExpectedOf[p], none, none] -> p, NoteReclaimed, p]
    }
    else RECLAIM = reclaim_freeze => CommitOnly[a, l, none -> none, NoteKeptRefs, none]
    else {
        Reclaim[p] and KeepPagesBut[p] and KeepBios and KeepToks and a.seen' = a.seen
        Commit[a, l, (PutRefsHarmOf[p, ExpectedOf[p], none, none] + (p.gups in Pos => H_stale_dma else none)) -> p,
               NoteHypDropped, none]
    }
}

-- Dispatch one call of an actor's program by its C name. The emitter reads this
-- pred (pincheck.alloy.MirroredCalls): one line per pred, "l.op = <C name> =>" or
-- "l.op in <names or a set String fun> =>", then the pred applied to [a, l, x...]
-- with the line's arguments in order; it mirrors exactly the C names named here and
-- unrolls the dispatch per line (Program, below).
pred Call[a: Actor, l: Line] {
    let x = l.arg1, y = l.arg2 {
        l.op in IterTakeOps => gup[a, l, x]
        else l.op = "bio_add_page" => bio_add_page[a, l, x, y]
        else l.op = "bio_iov_iter_get_pages" => bio_iov_iter_get_pages[a, l, x, y]
        else l.op = "bio_set_flag" => bio_set_flag[a, l, x, y]
        else l.op = "bio_release_pages" => bio_release_pages[a, l, x]
        else l.op = "submit_bio" => submit_bio[a, l, x]
        else l.op = "wait_for_completion" => wait_for_completion[a, l, x]
        else l.op = "get_page" => get_page[a, l, x]
        else l.op = "folio_add_pin" => folio_add_pin[a, l, x]
        else l.op = "put_page" => put_page[a, l, x]
        else l.op in "unpin_user_page" + "put_user_page" => unpin_user_page[a, l, x]
        else l.op = "unpin_user_pages" => unpin_user_pages[a, l, x]
        else l.op = "unpin_user_pages_dirty_lock" => unpin_user_pages_dirty_lock[a, l, x]
        else l.op = "fork" => fork[a, l]
        else l.op = "write_fault" => write_fault[a, l, x]
        else l.op = "migrate_pages" => migrate_pages[a, l, x]
        else l.op = "shrink_folio_list" => shrink_folio_list[a, l, x]
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
    KeepEntries[b2]
    b2.state' = b2.state and b2.endio' = b2.endio and b2.flags' = b2.flags and b2.rq' = b1
    wq' = wq and KeepToks and HasPinned' = HasPinned
    all x: Actor | KeepActor[x]
    bad' = bad
    Event[block, "bio_attempt_back_merge", b1, b2, "block/blk-merge.c:bio_attempt_back_merge",
          MERGE = merge_shared_end_io => NoteSharedMerge else none, MERGE = merge_shared_end_io => b1 else none]
}

----------------------------------------------------------------------------
-- The completion context: blk_update_request() (block/blk-mq.c) calls
-- bio_endio() (block/bio.c) on each bio of the request, from the IRQ, any time
-- after submit. For a READ the end_io dirties the pages the device wrote
-- (DirtyEach); then it releases each page (ReleaseEach with the end_io rule, all
-- pages at once: distinct, the emitter checks), or, for a deferred end_io (cifs),
-- only queues the release.

-- Whose end_io releases bio x's pages when its request (headed by `head`) completes.
fun Releaser[x: Bio, head: Bio]: Bio { MERGE = merge_shared_end_io => head else x }

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
    let rqs = Request[b], ps = rqs.pages {
        all x: rqs | Releaser[x, b] in deferred => (all p: x.pages | KeepCounts[p] and KeepGhosts[p])
                     else ReleaseEach[x, Releaser[x, b], rule_end_io]
        -- DirtyEach
        all p: ps {
            p in Mapped' iff p in Mapped
            p in Cached' iff p in Cached
            p in UnderWriteback' iff p in UnderWriteback
            p in Dirty' iff (p in Dirty or
                (p in (rqs & rw.op_read).pages and p not in Freed and not IsZero[p]))
            KeepMm[p]
        }
        KeepPagesBut[ps]
        all x: Bio - rqs | KeepBio[x]
        all x: rqs {
            KeepEntries[x]
            x.state' = done and x.endio' = x.endio and x.flags' = x.flags and x.rq' = x.rq
        }
        wq' = wq + Queued[b]
        KeepToks and HasPinned' = HasPinned
        all x: Actor | KeepActor[x]
        Record[{ h: Harm, p: Page | some x: rqs - Queued[b] | h -> p in ReleaseEachHarm[x, Releaser[x, b], rule_end_io] }]
        Event[irq, EndIoName[b], b, none, "block/bio.c:bio_endio", CompletionNote[b], none]
    }
}

-- The workqueue (cifs: the end_io queued the release; the work item releases
-- the pages, e.g. cifs_uncached_readdata_release). `some deferred` is implied
-- by `b in wq` (a merged bio is queued when its releaser defers, so not
-- `b in deferred`); stated first, it lets a scenario without one fold this away.
pred process_one_work[b: Bio] {
    some deferred and b in wq
    let ps = b.pages {
        ReleaseEach[b, Releaser[b, b.rq], rule_end_io]
        all p: ps | KeepFlags[p]
        KeepPagesBut[ps]
        KeepBios
        wq' = wq - b
        KeepToks and HasPinned' = HasPinned
        all x: Actor | KeepActor[x]
        Record[ReleaseEachHarm[b, Releaser[b, b.rq], rule_end_io]]
        Event[workqueue, "process_one_work", b, none, "kernel/workqueue.c:process_one_work",
              NoteWorkReleases, b]
    }
}

-- Nothing happens: every variable, the event too, keeps its value.
pred idle {
    KeepPagesBut[none] and KeepBios
    wq' = wq and KeepToks and HasPinned' = HasPinned
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
    all p: Page | p.ref = InitRef[p] and p.pin in Zero and p.gupref in Zero and p.pins in Zero
                  and p.gups in Zero and p.ltpins in Zero
    InMovableZone = Movable and AnonX = kind.kind_user and no WriteProtected and no ChildMapped
    no HasPinned
    Mapped = kind.(kind_user + kind_pagecache + kind_zero)
    Cached = kind.kind_pagecache
    -- a page-cache page starts dirty: the process wrote through its mapping before the path starts
    Dirty = kind.kind_pagecache
    no Freed and no Wrapped and no UnderWriteback
    all b: Bio | b.state = filling and no b.pages and no b.pinTaken and no b.getTaken and no b.fromGup
                 and no b.head and no b.endio and no b.flags and b.rq = b
    no wq
    no got and no missed
    all a: Actor | a.pc in One and no a.seen
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

-- Spec == Init /\ [][Next]_vars is stated by MC.als, as
--     fact Spec { Init and always (Program or Environment) }
-- where Program is MC.als's ActorStep unrolled: for each line of each actor,
-- "a.pc = k and <pred>[a, line, args...]" with the pred Call dispatches the line's
-- op to and its arguments written out. Same steps as Next, but SAT sees each call
-- once with constant arguments instead of every op for every (actor, line) pair.
-- (With Next itself a two-actor scenario does not solve in a minute; with
-- "Call[a, line]" per line dio-zero-page takes twice the CPU of the unrolled form.)

----------------------------------------------------------------------------
-- Properties (the invariants of Pinning.tla), each a state formula and an
-- assertion that it holds always.

pred NoHarm[h: Harm] { no h.bad }

pred NoUnderflowInv { NoHarm[H_underflow] }
pred NoUseAfterFreeInv { NoHarm[H_uaf] }
pred ZeroPageNeverFreedInv { NoHarm[H_zero_freed] }
pred NoRefcountOverflowInv { NoHarm[H_overflow] }
pred NoWritebackUnderDmaInv { NoHarm[H_wb_under_dma] }
-- A page a GUP took is still the page the process maps: no COW copy for the
-- process, migration or reclaim moved its address away while the device reads
-- or writes the old page.
pred NoStaleDmaInv { NoHarm[H_stale_dma] }
pred ReleasedAsTakenInv { NoHarm[H_mismatch] }

-- A user or page-cache page a GUP took for the I/O and that a device may be
-- accessing reads maybe-pinned (no false negatives). Pages the filesystem put in a
-- bio itself are not GUP'd and need not read pinned.
pred PinsVisibleInv {
    all b: InFlight, p: b.pages |
        (p in b.fromGup and p.kind in kind_user + kind_pagecache) => MaybeDmaPinned[p]
}

-- No bio holds a pinned page next to one that is not (a neutral pin of ZERO_PAGE
-- is neither; the per-page-mark design records each page's mode, so it may mix).
pred Neutral[b: Bio, p: Page] { IsZero[p] and ZERO_PIN = zpin_neutral and HowIn[b, p] = how_pin }
pred NoMixedBioInv {
    END_IO != endio_per_page_mark =>
    all b: Bio | no j, k: b.pages |
        not Neutral[b, j] and not Neutral[b, k] and HowIn[b, j] = how_pin and HowIn[b, k] != how_pin
}

-- Once every actor finished, no bio is in flight and no release is queued,
-- every page is back at the count its owners account for.
pred Quiet { all a: Actor | a.pc = a.len.Succ and no InFlight and no wq }
fun Expected[p: Page]: Int { ExpectedOf[p] }
pred Unbalanced[p: Page] { p not in Freed and (p.ref != Expected[p] or p.pin not in Zero or p.gupref not in Zero) }
pred BalancedWhenQuietInv {
    Quiet => all p: Page | not Unbalanced[p]
}

-- Every harm, and every leak found once quiet, is preceded (or accompanied) by a
-- WARN on the same page.
fun HarmKinds: set Harm { H_underflow + H_uaf + H_zero_freed + H_overflow + H_wb_under_dma + H_stale_dma }
pred Warned[p: Page] { p in H_warn.bad }
pred DetectableInv {
    all p: HarmKinds.bad | Warned[p]
    Quiet => all p: Page | Unbalanced[p] => Warned[p]
}

-- EventuallyQuiet (liveness under weak fairness) is left to TLC: a bounded
-- Alloy check of a fair lasso says little, so pincheck reports it "not checked by Alloy".

-- Reachable conditions, stated "never": a counterexample is a witness.
pred NeverFillRejectedInv { NoHarm[H_fill_rejected] }
-- a call reached a page the model does not follow
pred NeverUnfollowedInv { NoHarm[H_unfollowed] }

-- A FOLL_LONGTERM pin never sits on a page in ZONE_MOVABLE or a CMA pageblock.
pred LongtermNotMovableInv { all p: Page | p.ltpins in Pos => p not in InMovableZone }
pred NeverGrabRefusedInv { NoHarm[H_grab_refused] }
pred NeverSaturatedInv { NoHarm[H_saturated] }

-- folio_maybe_dma_pinned() says yes while no pin is held (the ghost count): the
-- accepted false positive.
pred NeverFalsePositivePinnedInv {
    all p: Page | (not IsZero[p] and p not in Freed and MaybeDmaPinned[p]) => p.pins in Pos
}

-- Every count stays in the range a 32-bit counter (scaled) has: the mirror
-- never leaves the Int width the check gives it.
pred TypeOKInv { all p: Page | p.ref in RefRange }

assert TypeOK { always TypeOKInv }
assert NoUnderflow { always NoUnderflowInv }
assert NoUseAfterFree { always NoUseAfterFreeInv }
assert ZeroPageNeverFreed { always ZeroPageNeverFreedInv }
assert NoRefcountOverflow { always NoRefcountOverflowInv }
assert NoWritebackUnderDma { always NoWritebackUnderDmaInv }
assert NoStaleDma { always NoStaleDmaInv }
assert ReleasedAsTaken { always ReleasedAsTakenInv }
assert PinsVisible { always PinsVisibleInv }
assert NoMixedBio { always NoMixedBioInv }
assert BalancedWhenQuiet { always BalancedWhenQuietInv }
assert NeverFillRejected { always NeverFillRejectedInv }
assert NeverUnfollowed { always NeverUnfollowedInv }
assert LongtermNotMovable { always LongtermNotMovableInv }
assert NeverGrabRefused { always NeverGrabRefusedInv }
assert NeverSaturated { always NeverSaturatedInv }
assert Detectable { always DetectableInv }
assert NeverFalsePositivePinned { always NeverFalsePositivePinnedInv }
