package pincheck.tla.out;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TLC's own running time, from its final 2186 message ("Finished in 12466ms at ...", or
 * "01min 05s" for longer runs): parsing plus search, without the JVM start before TLC's main.
 */
public final class TlcTime {
    private static final Pattern FINISHED = Pattern.compile("Finished in ((?:\\d+(?:ms|d|h|min|s) ?)+)");
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|d|h|min|s)");

    private TlcTime() {}

    /** Milliseconds TLC says it ran, or empty when the run never reached its 2186 message. */
    public static OptionalLong engineMillis(String wholeOutput) {
        OptionalLong found = OptionalLong.empty();
        for (TlcMessage m : TlcMessageReader.read(wholeOutput).messages()) {
            if (m.code() == TlcOutput.FINISHED) {
                Matcher x = FINISHED.matcher(m.body());
                if (x.find()) {
                    found = OptionalLong.of(millis(x.group(1)));
                }
            }
        }
        return found;
    }

    static long millis(String text) {
        long ms = 0;
        Matcher p = PART.matcher(text);
        while (p.find()) {
            long n = Long.parseLong(p.group(1));
            ms += switch (p.group(2)) {
                case "d" -> n * 86_400_000L;
                case "h" -> n * 3_600_000L;
                case "min" -> n * 60_000L;
                case "s" -> n * 1_000L;
                default -> n;
            };
        }
        return ms;
    }
}
