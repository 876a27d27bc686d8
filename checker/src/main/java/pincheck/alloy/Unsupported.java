package pincheck.alloy;

/** The scenario needs a part of Pinning.tla the bounded Alloy mirror does not have. */
public final class Unsupported extends Exception {
    public Unsupported(String message) {
        super(message);
    }
}
