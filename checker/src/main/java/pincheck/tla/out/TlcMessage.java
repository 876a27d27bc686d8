package pincheck.tla.out;

import java.util.Objects;

/**
 * One framed {@code -tool} message: {@code @!@!@STARTMSG code:severity @!@!@}, body, ENDMSG.
 * The body has trailing whitespace removed; nested messages are not part of it.
 */
public record TlcMessage(int code, int severity, String body) {
    /** Severity TLC gives errors and violations. */
    public static final int ERROR = 1;
    public static final int WARNING = 2;
    /** Severity of trace states (2217, 2218, 2122). */
    public static final int STATE = 4;

    public TlcMessage {
        Objects.requireNonNull(body, "body");
    }

    public String firstLine() {
        int nl = body.indexOf('\n');
        return nl < 0 ? body : body.substring(0, nl);
    }
}
