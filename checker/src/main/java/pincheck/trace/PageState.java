package pincheck.trace;

/**
 * The fields of struct page the models track, at one state; {@code pins} is the models' ghost
 * count of FOLL_PIN references outstanding (no kernel field).
 */
public record PageState(long ref, long pin, long gupref, boolean mapped, boolean cache,
                        boolean freed, boolean wrapped, boolean dirty, boolean writeback, long pins,
                        Mm mm) {

    /**
     * What the process's memory management knows of the page: the ghost counts of GUP references
     * and FOLL_LONGTERM pins outstanding, whether it sits in ZONE_MOVABLE/CMA, PageAnonExclusive,
     * the PTE write-protected by fork, and the child's mapping.
     */
    public record Mm(long gups, long ltpins, boolean movable, boolean anonx, boolean wp, boolean child) {
        public static final Mm NONE = new Mm(0, 0, false, false, false, false);
    }

    /** A page with no pin outstanding. */
    public PageState(long ref, long pin, long gupref, boolean mapped, boolean cache,
                     boolean freed, boolean wrapped, boolean dirty, boolean writeback) {
        this(ref, pin, gupref, mapped, cache, freed, wrapped, dirty, writeback, 0, Mm.NONE);
    }
}
