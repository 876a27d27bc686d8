package pincheck.tla.out;

/** TLC printed something this package cannot read; the message says what and where. */
public final class TlcOutputException extends Exception {
    private static final long serialVersionUID = 1L;

    public TlcOutputException(String message) {
        super(message);
    }
}
