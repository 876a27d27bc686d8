package pincheck.trace;

/**
 * One page of a bio and how the reference its release gives back was taken: "pin", "get" or
 * "none"; {@code gup}: that reference came from a GUP of user memory.
 */
public record BioPage(String page, String how, boolean gup, int off, int len) {
    /** A whole page (the models' units: a page is 4 of 1 KiB). */
    public BioPage(String page, String how) {
        this(page, how, false, 0, 4);
    }

    /** {@code U0 (pin)}, with the bytes when the bvec is not one whole page: {@code F[2048,4096] (pin)}. */
    @Override
    public String toString() {
        boolean whole = off == 0 && len == 4;
        return page + (whole ? "" : "[" + off * 1024 + "," + len * 1024 + "]") + " (" + how + ")";
    }
}
