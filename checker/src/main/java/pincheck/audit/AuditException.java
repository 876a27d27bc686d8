package pincheck.audit;

/** The audit cannot run or finish: one line saying what is wrong and what to do. */
public final class AuditException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean badInput;

    private AuditException(String message, boolean badInput) {
        super(message.replaceAll("[\\r\\n]+", " "));
        this.badInput = badInput;
    }

    /** The user named something unusable, or spatch is missing: exit status 2. */
    static AuditException badInput(String message) {
        return new AuditException(message, true);
    }

    /** spatch, tar or grep failed or printed what the patches cannot print: exit status 3. */
    static AuditException toolFailed(String message) {
        return new AuditException(message, false);
    }

    public boolean badInput() {
        return badInput;
    }
}
