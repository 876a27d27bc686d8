package pincheck.audit;

/** The reference a GUP call site takes on each page, and the release that matches it. */
enum Reference {
    FOLL_GET("FOLL_GET", "put"),
    FOLL_PIN("FOLL_PIN", "unpin"),
    EXTRACT("extract", "unpin"),
    UNKNOWN("unknown", "");

    private final String word;
    private final String release;

    Reference(String word, String release) {
        this.word = word;
        this.release = release;
    }

    /** As the reports write it: FOLL_GET, FOLL_PIN, extract (a pin on user-backed iterators). */
    String word() {
        return word;
    }

    /** The releases.cocci kind that gives this reference back: put or unpin. */
    String release() {
        return release;
    }

    /** gup-sites.cocci's reference word; "bio" is resolved from the fill's own definition. */
    static Reference of(String cocci) {
        return switch (cocci) {
            case "get" -> FOLL_GET;
            case "pin" -> FOLL_PIN;
            case "extract" -> EXTRACT;
            default -> UNKNOWN;
        };
    }
}
