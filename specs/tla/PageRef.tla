------------------------------ MODULE PageRef ------------------------------
(***************************************************************************)
(* Reference and pin accounting of one page, as pure operators.            *)
(*                                                                         *)
(* A page is a record shaped like the parts of struct page / struct folio  *)
(* that matter here:                                                       *)
(*   ref      _refcount (scaled: wraps like a signed 32-bit counter at     *)
(*            REF_MAX, see RefAdd)                                         *)
(*   pin      _pincount of a large folio, or the separate pin counter of   *)
(*            the "pincount" design (0 where the design has none)          *)
(*   gupref   the separate GUP-ref of the "gup-ref" design (Harrosh, 2019) *)
(*   mapped   mapped into the user address space (the mapping holds a ref, *)
(*            except for ZERO_PAGE whose PTE is special and holds none)    *)
(*   cache    in the page cache (the page cache holds a ref)               *)
(*   freed    returned to the allocator (the count reached 0)              *)
(*   wrapped  _refcount went past REF_MAX into the negative half, which    *)
(*            the kernel's sign check treats as saturated                  *)
(*   dirty, writeback   page-cache state used by the writeback actor       *)
(*   pins     ghost: FOLL_PIN references outstanding (taken by             *)
(*            pin_user_pages*, iov_iter_extract_pages, folio_add_pin,      *)
(*            minus unpins), whatever the accounting design counts; no     *)
(*            kernel field, it tells the checker whether a pin is held     *)
(*                                                                         *)
(* Every operator returns [pg |-> new page record, harm |-> set of harms]  *)
(* so the caller records what went wrong without guessing afterwards.      *)
(* Harms: "underflow", "uaf" (use-after-free), "overflow", "zero-freed";   *)
(* the reachable condition "saturated" (wrapped into the negative); and    *)
(* "warn", a WARN_ON the design's instrumentation fired on the page.       *)
(***************************************************************************)
EXTENDS Integers

CONSTANTS
    PIN_ACCOUNTING,   \* "get" | "bias" | "pincount" | "gup-ref"
    ZERO_PIN,         \* "neutral": FOLL_PIN and unpin ignore ZERO_PAGE (mm/gup.c
                      \* try_grab_folio / gup_put_folio is_zero_folio(), 6.12 and
                      \* Debian's 6.1.192, "mm: Don't pin ZERO_PAGE in
                      \* pin_user_pages()"); "counted": the zero page is pinned like
                      \* any page (v6.1 as released, and the 2019 proposals)
    OVERFLOW_CHECK,   \* "none" | "sign"
    WARN,             \* WARN instrumentation: "none" | "underflow" | "below-bias" |
                      \* "add-pin" | "grab" | "kernel" (add-pin and grab, as merged)
    BIAS,             \* GUP_PIN_COUNTING_BIAS, scaled down from 1024
    REF_MAX,          \* largest _refcount before it wraps negative (scaled INT_MAX)
    ZERO_BASE         \* _refcount of ZERO_PAGE at boot (scaled)

\* The 32-bit atomic_t wraps: one past REF_MAX reads as -(REF_MAX + 1).
Span == 2 * (REF_MAX + 1)
Wrap(n) == IF n > REF_MAX THEN n - Span
           ELSE IF n < -(REF_MAX + 1) THEN n + Span ELSE n

Result(pg, harm) == [pg |-> pg, harm |-> harm]

\* Touching a page that went back to the allocator is a use-after-free.
Touch(pg) == IF pg.freed THEN {"uaf"} ELSE {}

(* page_ref_add(): the increment the kernel does. Passing REF_MAX wraps    *)
(* into the negative half ("saturated"): the kernel's sign check then      *)
(* refuses further grabs (GrabRefused), so that alone is no harm. The harm *)
(* is "overflow": an increment that brings a wrapped count back to zero or *)
(* above, where it reads as a small, plausible count and a later put can   *)
(* free the page under its users (CVE-2019-11487).                        *)
RefAdd(pg, n) ==
    LET sum == pg.ref + n
        wraps == sum > REF_MAX
        comesRound == pg.wrapped /\ pg.ref < 0 /\ sum >= 0
    IN Result([pg EXCEPT !.ref = Wrap(sum), !.wrapped = (@ \/ wraps) /\ ~comesRound],
              Touch(pg) \cup (IF wraps THEN {"saturated"} ELSE {})
                        \cup (IF comesRound THEN {"overflow"} ELSE {}))

(* folio_put_refs() / page_ref_sub_and_test(): subtract; exactly zero     *)
(* frees the page (__folio_put). Going from >= 0 to below 0 is an         *)
(* underflow. Freeing ZERO_PAGE is a harm of its own; freeing a page that *)
(* is still mapped or in the page cache is a use-after-free. DMA in       *)
(* flight is checked by the caller, which knows the bios.                 *)
\* Which WARN_ONs the instrumentation has.
Warns(kind) == WARN = kind \/ (WARN = "kernel" /\ kind \in {"add-pin", "grab"})
Warn(cond, kind) == IF cond /\ Warns(kind) THEN {"warn"} ELSE {}

PutRefs(pg, n, isZero) ==
    LET new == Wrap(pg.ref - n)
        unwraps == pg.ref - n < -(REF_MAX + 1)   \* back from the negative half
        under == pg.ref >= 0 /\ pg.ref - n < 0 /\ ~pg.wrapped
    IN
    Result([pg EXCEPT !.ref = new, !.freed = (pg.freed \/ new = 0),
                      !.wrapped = @ /\ ~unwraps],
           Touch(pg)
           \cup (IF under THEN {"underflow"} ELSE {})
           \* WARN on underflow (a VM_WARN in the put path), or the thread's WARN
           \* when a single put drops _refcount just below the bias.
           \cup Warn(under, "underflow")
           \cup Warn(n = 1 /\ pg.ref >= BIAS /\ pg.ref - 1 < BIAS, "below-bias")
           \cup (IF new = 0 /\ isZero THEN {"zero-freed"} ELSE {})
           \* Freed while a mapping or the page cache still points to it: the
           \* next access through them is a use-after-free.
           \cup (IF new = 0 /\ ~isZero /\ ~pg.freed /\ (pg.mapped \/ pg.cache) THEN {"uaf"} ELSE {}))

(* Whether a pin of this page is a no-op: "mm: Don't pin ZERO_PAGE in     *)
(* pin_user_pages()" (v6.5; in Debian's 6.1.192 too) made pin and unpin   *)
(* of the zero page no-ops: 6.12 mm/gup.c try_grab_folio() returns 0 and  *)
(* gup_put_folio() returns at once when is_zero_folio(); folio_add_pin()  *)
(* returns at once too. FOLL_GET still takes a real reference.            *)
PinNeutral(isZero) == isZero /\ ZERO_PIN = "neutral"

(* Take one pin on a page, per the pin-accounting design                  *)
(* (try_grab_folio(FOLL_PIN) in mm/gup.c for "bias"/"pincount").          *)
(*  get      : pre-2019, a pin is a plain +1, no pin information          *)
(*  bias     : small folio += GUP_PIN_COUNTING_BIAS; large folio +1 and   *)
(*             _pincount +1 (what the kernel merged in 2020)               *)
(*  pincount : exact separate counter on every page, +1 and +1            *)
(*  gup-ref  : the first GUP-ref takes one page ref, later ones only      *)
(*             count                                                      *)
\* The ghost count pins counts every pin, a no-op one too (it is undone alike).
Pin(pg, isLarge, isZero) ==
    LET r == IF PinNeutral(isZero) THEN Result(pg, Touch(pg))
             ELSE CASE PIN_ACCOUNTING = "get" -> RefAdd(pg, 1)
                    [] PIN_ACCOUNTING = "bias" /\ ~isLarge -> RefAdd(pg, BIAS)
                    [] PIN_ACCOUNTING \in {"bias", "pincount"} ->
                          LET x == RefAdd(pg, 1) IN
                          Result([x.pg EXCEPT !.pin = @ + 1], x.harm)
                    [] PIN_ACCOUNTING = "gup-ref" ->
                          LET x == IF pg.gupref = 0 THEN RefAdd(pg, 1)
                                   ELSE Result(pg, Touch(pg)) IN
                          Result([x.pg EXCEPT !.gupref = @ + 1], x.harm)
    IN Result([r.pg EXCEPT !.pins = @ + 1], r.harm)

(* Drop one pin: unpin_user_page() -> gup_put_folio(), or put_user_page()  *)
(* of 2019 (which was put_page() under the "get" design).                 *)
Unpin(pg, isLarge, isZero) ==
    LET r == IF PinNeutral(isZero) THEN Result(pg, Touch(pg))
             ELSE CASE PIN_ACCOUNTING = "get" -> PutRefs(pg, 1, isZero)
                    [] PIN_ACCOUNTING = "bias" /\ ~isLarge -> PutRefs(pg, BIAS, isZero)
                    [] PIN_ACCOUNTING \in {"bias", "pincount"} ->
                          LET x == PutRefs(pg, 1, isZero) IN
                          Result([x.pg EXCEPT !.pin = @ - 1],
                                 x.harm \cup (IF pg.pin <= 0 THEN {"underflow"} ELSE {})
                                        \cup Warn(pg.pin <= 0, "underflow"))
                    [] PIN_ACCOUNTING = "gup-ref" ->
                          \* Harrosh: the last GUP-dec does put_page.
                          LET x == IF pg.gupref = 1 THEN PutRefs(pg, 1, isZero)
                                   ELSE Result(pg, Touch(pg)) IN
                          Result([x.pg EXCEPT !.gupref = @ - 1],
                                 x.harm \cup (IF pg.gupref <= 0 THEN {"underflow"} ELSE {})
                                        \cup Warn(pg.gupref <= 0, "underflow"))
    IN Result([r.pg EXCEPT !.pins = @ - 1], r.harm)

(* The overflow check of the grab path (try_grab_folio / try_get_folio):  *)
(* "sign" refuses when _refcount is already <= 0 ("mm: make page ref count *)
(* overflow check tighter and more explicit", after CVE-2019-11487).      *)
GrabRefused(pg) == OVERFLOW_CHECK = "sign" /\ pg.ref <= 0

(* How a reference is taken: "pin" (FOLL_PIN), "get" (get_page /          *)
(* FOLL_GET) or "none" (the caller owns the page, no ref). Returns the    *)
(* new page and harms.                                                    *)
Take(pg, how, isLarge, isZero) ==
    CASE how = "pin"  -> Pin(pg, isLarge, isZero)
      [] how = "get"  -> RefAdd(pg, 1)
      [] how = "none" -> Result(pg, Touch(pg))

(* Release one reference with the given mode: "unpin", "put" or "none".   *)
Release(pg, mode, isLarge, isZero) ==
    CASE mode = "unpin" -> Unpin(pg, isLarge, isZero)
      [] mode = "put"   -> PutRefs(pg, 1, isZero)
      [] mode = "none"  -> Result(pg, {})

(* A release that does not match how the ref was taken (released the way  *)
(* it was taken). Under the "get" design a pin is a get, so both match.   *)
Mismatch(how, mode) ==
    \/ mode = "put"   /\ how = "pin" /\ PIN_ACCOUNTING # "get"
    \/ mode = "unpin" /\ how = "get" /\ PIN_ACCOUNTING # "get"
    \/ mode # "none"  /\ how = "none"

(* folio_maybe_dma_pinned(): exact for large folios (_pincount > 0); for  *)
(* small ones (unsigned)_refcount >= GUP_PIN_COUNTING_BIAS, so a wrapped  *)
(* (negative) count reads pinned. "get" carries no pin information.       *)
MaybeDmaPinned(pg, isLarge) ==
    CASE PIN_ACCOUNTING = "get"      -> FALSE
      [] PIN_ACCOUNTING = "bias"     -> IF isLarge THEN pg.pin > 0
                                        ELSE pg.ref >= BIAS \/ pg.ref < 0
      [] PIN_ACCOUNTING = "pincount" -> pg.pin > 0
      [] PIN_ACCOUNTING = "gup-ref"  -> pg.gupref > 0
=============================================================================
