package pincheck.audit;

/** Whether the releases the audit found give back the reference the site took. */
enum Match {
    MATCHES("matches"),
    MISMATCH("mismatch"),
    MIXED("mixed"),
    NOT_FOUND("not found in this file"),
    UNKNOWN("unknown");

    private final String word;

    Match(String word) {
        this.word = word;
    }

    String word() {
        return word;
    }

    static Match of(String word) {
        for (Match m : values()) {
            if (m.word.equals(word)) {
                return m;
            }
        }
        throw new IllegalArgumentException(word);
    }
}
