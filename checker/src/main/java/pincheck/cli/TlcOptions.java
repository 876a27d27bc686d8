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
        return new TlcRunner.Options(Duration.ofSeconds(timeout), 1, heap);
    }
}
