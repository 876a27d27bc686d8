package pincheck.design;

/** A design the user asked for does not exist; the message names the fix. */
public final class DesignException extends Exception {
    public DesignException(String message) { super(message); }
}
