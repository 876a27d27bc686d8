package pincheck.cli;

import java.time.Duration;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;
import pincheck.design.DesignException;
import pincheck.tla.TlcRunner;

/** How TLC runs, for check and suite: its time limit and the heap of its JVM. */
final class TlcOptions {
    private static final Pattern SIZE = Pattern.compile("[1-9]\\d*[kKmMgG]?");

    @Option(names = "--timeout", defaultValue = "600", description = "seconds per TLC run (default ${DEFAULT-VALUE})")
    long timeout;

    @Option(names = "--heap", paramLabel = "SIZE", description = "maximum heap of the TLC JVM, e.g. 8g"
            + " (default 512m; TLC keeps states on disk beyond it)")
    String heap = "";

    /** The options, or empty after a one-line error on stderr (the caller exits with BAD_INPUT). */
    java.util.Optional<TlcRunner.Options> checked() {
        try {
            return java.util.Optional.of(options());
        } catch (DesignException e) {
            System.err.println("pincheck: " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    TlcRunner.Options options() throws DesignException {
        if (!heap.isEmpty() && !SIZE.matcher(heap).matches()) {
            throw new DesignException("--heap '" + heap + "' is not a size; write a number with k, m or g,"
                    + " e.g. --heap 8g");
        }
        if (!heap.isEmpty() && bytes(heap) < MIN_HEAP_MB << 20) {
            throw new DesignException("--heap " + heap + " is below " + MIN_HEAP_MB + "m, the least TLC's JVM starts"
                    + " and reports in; give more, e.g. --heap 512m");
        }
        seconds("--timeout", timeout);
        return new TlcRunner.Options(Duration.ofSeconds(timeout), 1, heap);
    }

    /** Below this TLC's JVM does not start (1m) or dies without TLC's own out-of-memory message (2m). */
    static final long MIN_HEAP_MB = 4;

    /** The longest time limit accepted: a week, well inside what a timer can count in milliseconds. */
    static final long MAX_SECONDS = 7 * 24 * 3600;

    /** A time limit in seconds: at least 1, at most a week. */
    static void seconds(String option, long value) throws DesignException {
        if (value < 1 || value > MAX_SECONDS) {
            throw new DesignException(option + " " + value + " is not a time limit; give seconds from 1 to "
                    + MAX_SECONDS + ", e.g. " + option + " 600");
        }
    }

    private static long bytes(String size) {
        char unit = Character.toLowerCase(size.charAt(size.length() - 1));
        int shift = switch (unit) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        String digits = shift == 0 ? size : size.substring(0, size.length() - 1);
        // more than 19 digits is more than any machine's memory
        return digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits) << shift;
    }
}
