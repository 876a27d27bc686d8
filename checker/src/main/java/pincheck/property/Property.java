package pincheck.property;

import java.util.Arrays;
import java.util.Optional;

/** A property of DESIGN.md, named as the TLA+ invariant that states it. */
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
    NO_REFCOUNT_OVERFLOW("NoRefcountOverflow", "no refcount overflow",
            "an increment wrapped _refcount past INT_MAX (scaled)", "overflow"),
    BALANCED_WHEN_QUIET("BalancedWhenQuiet", "balanced when quiet",
            "every actor finished and no bio is in flight, yet a reference or pin is left over", ""),
    RELEASED_AS_TAKEN("ReleasedAsTaken", "released the way taken",
            "a reference was released in a way that does not match how it was taken", "mismatch"),
    NO_MIXED_BIO("NoMixedBio", "no bio mixes pinned and unpinned pages",
            "a bio holds a pinned page next to a page that is not pinned", "");

    private final String tlaName;
    private final String title;
    private final String brokenMeans;
    private final String harm;

    Property(String tlaName, String title, String brokenMeans, String harm) {
        this.tlaName = tlaName;
        this.title = title;
        this.brokenMeans = brokenMeans;
        this.harm = harm;
    }

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
