package pincheck.property;

import java.util.Arrays;
import java.util.Optional;

/**
 * A property of DESIGN.md, named as the TLA+ invariant that states it; or a
 * reachable condition (stated as "never X"), where a witness is news, not a failure.
 */
public enum Property {
    NO_UNDERFLOW("NoUnderflow", "no refcount or pincount underflow",
            "a _refcount, _pincount or GUP-ref went below zero", "underflow"),
    NO_USE_AFTER_FREE("NoUseAfterFree", "no use-after-free",
            "a page was used, or was still under DMA, after it was freed", "uaf"),
    ZERO_PAGE_NEVER_FREED("ZeroPageNeverFreed", "ZERO_PAGE never freed",
            "ZERO_PAGE's _refcount reached zero and it went back to the allocator", "zero-freed"),
    PINS_VISIBLE("PinsVisible", "pins visible",
            "a page a device may be accessing reads as not DMA-pinned (a false negative)", ""),
    NO_WRITEBACK_UNDER_DMA("NoWritebackUnderDma", "no writeback of a page under DMA",
            "writeback wrote out a page while a device was still writing into it", "wb-under-dma"),
    NO_STALE_DMA("NoStaleDma", "DMA lands where the process reads",
            "the process's address moved to another page (a COW copy, a migration) while a GUP still holds"
                    + " the old one for DMA", "stale-dma"),
    LONGTERM_NOT_MOVABLE("LongtermNotMovable", "no longterm pin in a movable zone",
            "a FOLL_LONGTERM pin sits on a page in ZONE_MOVABLE or a CMA pageblock, which memory hotplug and"
                    + " CMA must be able to empty", ""),
    NO_REFCOUNT_OVERFLOW("NoRefcountOverflow", "no refcount overflow",
            "_refcount wrapped past INT_MAX (scaled) and came round to a small count again (CVE-2019-11487)",
            "overflow"),
    BALANCED_WHEN_QUIET("BalancedWhenQuiet", "balanced when quiet",
            "every actor finished and no bio is in flight, yet a reference or pin is left over", ""),
    RELEASED_AS_TAKEN("ReleasedAsTaken", "released the way taken",
            "a reference was released in a way that does not match how it was taken", "mismatch"),
    NO_MIXED_BIO("NoMixedBio", "no bio mixes pinned and unpinned pages",
            "a bio holds a pinned page next to a page that is not pinned", ""),
    DETECTABLE("Detectable", "every harm is preceded by a WARN",
            "a harm or a leak happened on a page no WARN_ON fired for", ""),
    EVENTUALLY_QUIET("EventuallyQuiet", "eventually quiet (liveness)",
            "under weak fairness the path never ends with every actor done, every bio completed and every page"
                    + " back at its owners' count", "", Kind.LIVENESS),
    FILL_REJECTED("NeverFillRejected", "the fill rule refuses a page",
            "bio_add_page refused a page the bio would release the wrong way (one iterator per bio)",
            "fill-rejected", Kind.CONDITION),
    GRAB_REFUSED("NeverGrabRefused", "the overflow check refuses a GUP",
            "try_grab_folio refused a page whose _refcount is <= 0 (-ENOMEM)", "grab-refused", Kind.CONDITION),
    SATURATED("NeverSaturated", "_refcount wraps into the negative half",
            "_refcount passed INT_MAX (scaled) and reads negative, which the sign check treats as saturated",
            "saturated", Kind.CONDITION),
    FALSE_POSITIVE_PINNED("NeverFalsePositivePinned", "folio_maybe_dma_pinned() false positive",
            "a page reads DMA-pinned while no pin is held (accepted by design)", "", Kind.CONDITION),
    UNFOLLOWED("NeverUnfollowed", "a call reaches a page the model does not follow",
            "a call reached an address whose page moved to a copy the model does not follow (its verdicts"
                    + " say nothing of that copy)", "unfollowed", Kind.CONDITION);

    /**
     * A safety property must hold in every state; a liveness property on every fair
     * behaviour (checked in a run of its own); a condition is reported as reachable or not.
     */
    public enum Kind { PROPERTY, LIVENESS, CONDITION }

    private final String tlaName;
    private final String title;
    private final String brokenMeans;
    private final String harm;
    private final Kind kind;

    Property(String tlaName, String title, String brokenMeans, String harm) {
        this(tlaName, title, brokenMeans, harm, Kind.PROPERTY);
    }

    Property(String tlaName, String title, String brokenMeans, String harm, Kind kind) {
        this.tlaName = tlaName;
        this.title = title;
        this.brokenMeans = brokenMeans;
        this.harm = harm;
        this.kind = kind;
    }

    public Kind kind() { return kind; }

    public boolean isCondition() { return kind == Kind.CONDITION; }

    public boolean isLiveness() { return kind == Kind.LIVENESS; }

    /** The invariant's name in specs/tla/Pinning.tla. */
    public String tlaName() { return tlaName; }

    public String title() { return title; }

    /** One sentence: what a violation means. */
    public String brokenMeans() { return brokenMeans; }

    /** The harm the model records for it, if it is a history property. */
    public Optional<String> harm() { return harm.isEmpty() ? Optional.empty() : Optional.of(harm); }

    public static Optional<Property> fromTlaName(String name) {
        return Arrays.stream(values()).filter(p -> p.tlaName.equals(name)).findFirst();
    }
}
