package pincheck.trace;

/**
 * The fields of struct page the models track, at one state; {@code pins} is the models' ghost
 * count of FOLL_PIN references outstanding (no kernel field).
 */
public record PageState(long ref, long pin, long gupref, boolean mapped, boolean cache,
                        boolean freed, boolean wrapped, boolean dirty, boolean writeback, long pins) {

    /** A page with no pin outstanding. */
    public PageState(long ref, long pin, long gupref, boolean mapped, boolean cache,
                     boolean freed, boolean wrapped, boolean dirty, boolean writeback) {
        this(ref, pin, gupref, mapped, cache, freed, wrapped, dirty, writeback, 0);
    }
}
