package pincheck.verdict;

/** Holds only after an exhaustive run finished; anything unfinished is inconclusive. */
public enum Verdict {
    HOLDS("holds"), VIOLATED("violated"), INCONCLUSIVE("inconclusive");

    private final String word;

    Verdict(String word) { this.word = word; }

    public String word() { return word; }
}
