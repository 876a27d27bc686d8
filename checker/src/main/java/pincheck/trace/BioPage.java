package pincheck.trace;

/** One page of a bio and how its reference was taken: "pin", "get" or "none". */
public record BioPage(String page, String how) {
    @Override
    public String toString() { return page + " (" + how + ")"; }
}
