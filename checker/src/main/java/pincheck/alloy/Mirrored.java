package pincheck.alloy;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import pincheck.property.Property;

/** The properties specs/alloy/Pinning.als states, by the state predicate each assertion wraps. */
public final class Mirrored {
    private Mirrored() {}

    // EventuallyQuiet (liveness) is left to TLC
    private static final ImmutableMap<Property, String> INVARIANTS = ImmutableMap.<Property, String>builder()
            .put(Property.NO_UNDERFLOW, "NoUnderflowInv")
            .put(Property.NO_USE_AFTER_FREE, "NoUseAfterFreeInv")
            .put(Property.ZERO_PAGE_NEVER_FREED, "ZeroPageNeverFreedInv")
            .put(Property.PINS_VISIBLE, "PinsVisibleInv")
            .put(Property.NO_WRITEBACK_UNDER_DMA, "NoWritebackUnderDmaInv")
            .put(Property.NO_STALE_DMA, "NoStaleDmaInv")
            .put(Property.LONGTERM_NOT_MOVABLE, "LongtermNotMovableInv")
            .put(Property.NO_REFCOUNT_OVERFLOW, "NoRefcountOverflowInv")
            .put(Property.BALANCED_WHEN_QUIET, "BalancedWhenQuietInv")
            .put(Property.RELEASED_AS_TAKEN, "ReleasedAsTakenInv")
            .put(Property.NO_MIXED_BIO, "NoMixedBioInv")
            .put(Property.DETECTABLE, "DetectableInv")
            .put(Property.FALSE_POSITIVE_PINNED, "NeverFalsePositivePinnedInv")
            .put(Property.FILL_REJECTED, "NeverFillRejectedInv")
            .put(Property.GRAB_REFUSED, "NeverGrabRefusedInv")
            .put(Property.SATURATED, "NeverSaturatedInv")
            .put(Property.UNFOLLOWED, "NeverUnfollowedInv")
            .buildOrThrow();

    /** The state predicate of the property's assertion (the assertion is named as the TLA+ invariant). */
    public static Optional<String> invariant(Property p) {
        return Optional.ofNullable(INVARIANTS.get(p));
    }
}
