package pincheck.verdict;

/**
 * Holds only after an exhaustive run finished; anything unfinished is inconclusive.
 * A bounded engine (Alloy) that found no counterexample says BOUNDED, "holds up to N
 * steps", never HOLDS; NOT_CHECKED is a property the engine does not state (liveness in Alloy).
 */
public enum Verdict {
    HOLDS("holds"), BOUNDED("holds up to the bound"), VIOLATED("violated"), INCONCLUSIVE("inconclusive"),
    NOT_CHECKED("not checked");

    private final String word;

    Verdict(String word) { this.word = word; }

    public String word() { return word; }

    /** The verdict a report file names by its word. */
    public static Verdict ofWord(String word) {
        for (Verdict v : values()) {
            if (v.word.equals(word)) {
                return v;
            }
        }
        throw new IllegalArgumentException("no verdict '" + word + "'");
    }
}
