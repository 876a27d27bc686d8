module Objects

/*
 * The vocabulary of specs/alloy/Pinning.als: the knobs' values, the kinds of the
 * scenario's objects, and the signatures whose fields are the state (pages, bios,
 * actors, the event). A module of its own because the generated Scenario module
 * extends Page, Iter, Bio, Actor, Line and Tok with one sig per scenario object, and
 * Pinning opens Scenario: Alloy forbids a cycle of opens, so neither can declare
 * them. No fact and no operator here; the semantics are all in Pinning.als.
 */

----------------------------------------------------------------------------
-- Knobs: one value each, fixed by Scenario (the cfg's constants in TLA+).

-- KERNEL: whose code the programs follow.
abstract sig KernelCode {}
one sig kernel_2019, kernel_6_1, kernel_6_12 extends KernelCode {}
abstract sig PinAccounting {}
one sig acct_get, acct_bias, acct_pincount, acct_gup_ref extends PinAccounting {}
abstract sig ZeroPin {}
one sig zpin_neutral, zpin_counted extends ZeroPin {}
abstract sig ZeroPagePolicy {}
one sig zero_get, zero_add_pin, zero_pin, zero_no_ref extends ZeroPagePolicy {}
abstract sig EndIoDesign {}
one sig endio_no_page_ref, endio_page_pinned, endio_put_all, endio_unpin_all, endio_split,
        endio_common_bool, endio_per_page_mark, endio_submitter extends EndIoDesign {}
abstract sig ReleaseDesign {}
one sig release_put_page, release_put_user_page, release_iov_iter_put_pages extends ReleaseDesign {}
abstract sig GetPagesDesign {}
one sig getpages_foll_get, getpages_pin extends GetPagesDesign {}
abstract sig OverflowCheck {}
one sig overflow_none, overflow_sign extends OverflowCheck {}
abstract sig FillRule {}
one sig fill_any, fill_one_iter extends FillRule {}
abstract sig WarnKind {}
one sig warn_none, warn_underflow, warn_below_bias, warn_add_pin, warn_grab, warn_kernel extends WarnKind {}
abstract sig MergeDesign {}
one sig merge_none, merge_own_end_io, merge_shared_end_io extends MergeDesign {}
abstract sig ForkDesign {}
one sig fork_cow_for_dma, fork_share extends ForkDesign {}
abstract sig MigrateDesign {}
one sig migrate_expected_refs, migrate_ignore_refs extends MigrateDesign {}
abstract sig LongtermDesign {}
one sig longterm_migrate_first, longterm_pin_in_place extends LongtermDesign {}
abstract sig ReclaimDesign {}
one sig reclaim_freeze, reclaim_no_freeze extends ReclaimDesign {}
-- SAME_PAGE and RELEASE_NR decide bvec merges and entries spanning pages, which no
-- scenario the mirror states has (see the header): their atoms only.
abstract sig SamePageDesign {}
one sig same_page_drop, same_page_keep extends SamePageDesign {}
abstract sig ReleaseNrDesign {}
one sig release_nr_spanned, release_nr_length extends ReleaseNrDesign {}
abstract sig WritebackPolicy {}
one sig wb_no_check, wb_skip_pinned extends WritebackPolicy {}

----------------------------------------------------------------------------
-- The scenario's objects (Scenario extends these with one sig each).

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

-- How a reference was taken, and how one is released.
abstract sig How {}
one sig how_pin, how_get, how_none extends How {}
abstract sig Mode {}
one sig mode_unpin, mode_put, mode_none extends Mode {}
-- The rule of a release fold: PutEach's "exact" / "unpin", ReleaseEach's "end_io" / "release".
abstract sig Rule {}
one sig rule_exact, rule_unpin, rule_end_io, rule_release extends Rule {}

-- The release mode a bio chose when its first page went in (split end_io).
abstract sig EndIoKind {}
one sig gup, normal extends EndIoKind {}
-- A bio flag is a word a call can name (bio_set_flag b BIO_PAGE_PINNED).
abstract sig Flag extends Name {}
one sig BIO_PAGE_PINNED, BIO_NO_PAGE_REF extends Flag {}
-- A gup flag a call may pass after its arguments (pin_user_pages it FOLL_LONGTERM).
one sig FOLL_LONGTERM extends Name {}
abstract sig BioState {}
one sig filling, inflight, done extends BioState {}

-- What went wrong (and reachable conditions), recorded per page in `bad`.
abstract sig Harm { var bad: set Page }
one sig H_underflow, H_uaf, H_zero_freed, H_overflow, H_wb_under_dma, H_stale_dma, H_mismatch,
        H_saturated, H_grab_refused, H_fill_rejected, H_unfollowed, H_warn extends Harm {}

-- struct page / struct folio, the fields PageRef.tla's record has.
abstract sig Page extends Name {
    var ref: one Int,      -- _refcount (scaled, wraps at REF_MAX)
    var pin: one Int,      -- _pincount, or the pincount design's counter
    var gupref: one Int,   -- the gup-ref design's separate GUP-ref
    var pins: one Int,     -- ghost: FOLL_PIN references outstanding (no kernel field)
    var gups: one Int,     -- ghost: GUP references (FOLL_GET or FOLL_PIN) outstanding
    var ltpins: one Int    -- ghost: FOLL_LONGTERM pins outstanding
}
var sig Mapped, Cached, Freed, Wrapped, Dirty, UnderWriteback in Page {}
-- What the process's memory management knows of a page: in ZONE_MOVABLE or CMA
-- (movable), PageAnonExclusive (anonx), its PTE write-protected by fork (wp), and
-- mapped by the child after fork (child).
var sig InMovableZone, AnonX, WriteProtected, ChildMapped in Page {}

abstract sig Iter extends Name {}

abstract sig Bio extends Name {
    var state: one BioState,
    var pages: set Page,           -- the pages of bio[b].pages, each once
    var pinTaken, getTaken: set Page, -- ... whose how is "pin", "get" (the others: "none")
    var fromGup: set Page,         -- ... whose gup is TRUE: the reference came from a GUP of user memory
    var head: lone Page,           -- the first page added
    var endio: lone EndIoKind,     -- unset until the first page
    var flags: set Flag,
    var rq: one Bio,               -- the first bio of the request b was merged into (b if none)
    -- the bytes of the entry of a page its one fill adds with less than the whole page
    -- (MC.als's fact EntryBytes; in units of 1 KiB), read back for the traces only
    partOff, partLen: Page -> lone Int
}
-- bios whose end_io queued their release to the workqueue
var sig wq in Bio {}

-- Every reference a call of the programs may take (Toks), and the tokens the actors
-- hold (got) and a GUP did not obtain (missed).
abstract sig Tok {}
var sig got, missed in Tok {}

-- MMF_HAS_PINNED of the process's mm (hasPinned): a FOLL_PIN GUP happened.
one sig Mm {}
var sig HasPinned in Mm {}

-- Who makes a call: a scenario actor, the completion context, the workqueue or the block layer.
abstract sig Who {}
one sig irq, workqueue, block extends Who {}
abstract sig Actor extends Who {
    var pc: one Int,         -- index of the next call
    var seen: set Page       -- pages a writeback actor found maybe-pinned
}

-- One line of an actor's program: C(op, args, site, toks) of the TLA+ glue.
abstract sig Line {}

-- Why a call did less than asked, worded by Java as Pinning.tla words it.
abstract sig Note {}
one sig NoteSkipped, NoteEfault, NoteKvec, NoteEnomem, NoteRejected, NoteTrue, NoteFalse,
        NoteHypTrue, NoteHypFalse, NoteNotMapped, NoteNotCached, NoteNotInCache,
        NoteNotUnderWriteback, NoteClean, NoteNothingToWrite, NoteRedirtied, NoteQueued, NoteWorkReleases,
        -- the GUP's COW unshare and longterm migration, fork, the COW fault, migration, reclaim
        NoteUnshare, NoteUnmovable, NoteForkCopies, NoteUnfollowedAddr, NoteWritable, NoteReused,
        NoteCopied, NoteEagain, NoteMoved, NoteHypMoved, NoteReclaimed, NoteKeptPinned, NoteKeptRefs,
        NoteHypDropped,
        -- blk_rq_merge and the completion of a merged request (CompletionNote)
        NoteSharedMerge, NoteOwnEndIo, NoteSharedEndIo, NoteOwnEndIoQueued, NoteSharedEndIoQueued extends Note {}

-- ev: the call the last step made (kept by a stutter step).
one sig Ev {
    var ev_actor: lone Who,
    var ev_call: lone String,
    var ev_arg1, ev_arg2: lone Name,
    var ev_site: lone String,
    var ev_note: lone Note,
    var ev_note_page: lone Name   -- the page (or, for the work item and the merge, the bio) a note names
}
