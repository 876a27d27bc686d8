package pincheck.paper;

/** Input the paper cannot be made from; the message names the file and the fix. */
public final class PaperException extends Exception {
    public PaperException(String message) { super(message); }
}
