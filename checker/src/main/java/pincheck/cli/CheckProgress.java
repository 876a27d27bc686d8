package pincheck.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;
import pincheck.tla.TlcRun;

/**
 * check's progress on a terminal: after the first two seconds, one line redrawn in place every
 * second ("check: TLC, 2 runs finished, last safety2 (violated), 0:14"), erased when the check
 * ends. Elsewhere (a pipe, a log) nothing, so the output stays the report alone.
 */
final class CheckProgress implements AutoCloseable {
    private static final long QUIET_SECONDS = 2;

    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier nanos;
    private final long start;
    private final ScheduledExecutorService ticker;
    private String engine = "TLC";
    private int runs;
    private String last = "";
    private int drawn;

    CheckProgress(PrintStream out, boolean terminal, LongSupplier nanos) {
        this.out = out;
        this.terminal = terminal;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
        this.ticker = terminal ? ProgressBar.everySecond("pincheck-check-progress", this::redraw) : null;
    }

    static CheckProgress forStderr() {
        return new CheckProgress(System.err, System.console() != null, System::nanoTime);
    }

    /** A TLC run ended (TlcChecker's observer). */
    synchronized void finished(TlcRun run) {
        runs++;
        last = run.label() + " (" + run.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }

    /** The next phase: "Alloy" after TLC with --engine both. */
    synchronized void engine(String name) {
        engine = name;
    }

    /** The line as drawn; package-private for tests. */
    synchronized String line() {
        long s = (nanos.getAsLong() - start) / 1_000_000_000L;
        String done = runs == 0 ? "" : ", " + runs + " TLC run" + (runs == 1 ? "" : "s") + " finished, last " + last;
        return String.format(Locale.ROOT, "check: %s running%s, %d:%02d elapsed", engine, done, s / 60, s % 60);
    }

    private synchronized void redraw() {
        if ((nanos.getAsLong() - start) / 1_000_000_000L < QUIET_SECONDS) {
            return;
        }
        String l = line();
        out.print("\r" + l + " ".repeat(Math.max(0, drawn - l.length())));
        out.flush();
        drawn = l.length();
    }

    @Override
    public synchronized void close() {
        if (terminal) {
            ticker.shutdownNow();
            if (drawn > 0) {
                out.print("\r" + " ".repeat(drawn) + "\r");
                out.flush();
            }
        }
    }
}
