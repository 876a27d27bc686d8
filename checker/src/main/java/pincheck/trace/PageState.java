package pincheck.trace;

/** The fields of struct page the models track, at one state. */
public record PageState(long ref, long pin, long gupref, boolean mapped, boolean cache,
                        boolean freed, boolean wrapped, boolean dirty, boolean writeback) {}
