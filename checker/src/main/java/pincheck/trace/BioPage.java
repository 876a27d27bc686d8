package pincheck.trace;

/**
 * One page of a bio and how the reference its release gives back was taken: "pin", "get" or
 * "none"; {@code gup}: that reference came from a GUP of user memory.
 */
public record BioPage(String page, String how, boolean gup) {
    public BioPage(String page, String how) {
        this(page, how, false);
    }

    @Override
    public String toString() { return page + " (" + how + ")"; }
}
