package pincheck.claims;

/** What the models say of a claim; inconclusive when a run that decides it did not finish. */
public enum ClaimVerdict {
    CONFIRMED("confirmed"), PARTLY("partly true"), REFUTED("refuted"), INCONCLUSIVE("inconclusive");

    private final String word;

    ClaimVerdict(String word) { this.word = word; }

    public String word() { return word; }
}
