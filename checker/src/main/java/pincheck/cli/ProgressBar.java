package pincheck.cli;

import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import pincheck.suite.Suite;
import pincheck.verdict.CheckResult;
import pincheck.verdict.Verdict;

/**
 * The suite's progress: on a terminal one line "[done/total] models running, elapsed"
 * redrawn in place every second, with a line per finished model above it; elsewhere
 * (a log, CI) only the plain line per finished model.
 */
final class ProgressBar implements Suite.Listener, AutoCloseable {
    private static final int BAR = 20;

    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private final LongSupplier nanos;
    private final long start;
    private final int width;
    private final Set<String> running = new LinkedHashSet<>();
    private final ScheduledExecutorService ticker;
    private int done;
    private int violated;
    private int inconclusive;
    private int incomplete;

    ProgressBar(PrintStream out, boolean terminal, int total, LongSupplier nanos, int width) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
        this.width = width;
        this.ticker = terminal ? everySecond("pincheck-progress", this::redraw) : null;
    }

    /** A daemon thread running redraw once a second, for a line redrawn in place on a terminal. */
    static ScheduledExecutorService everySecond(String name, Runnable redraw) {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        s.scheduleAtFixedRate(redraw, 1, 1, TimeUnit.SECONDS);
        return s;
    }

    /** For the CLI: a terminal when the JVM has a console; its width from $COLUMNS. */
    static ProgressBar forStderr(int total) {
        int columns = 100;
        try {
            columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "100"));
        } catch (NumberFormatException e) {
            // not a number: keep the default width
        }
        return new ProgressBar(System.err, System.console() != null, total, System::nanoTime, Math.max(40, columns));
    }

    @Override
    public synchronized void started(String model) {
        running.add(model);
        redraw();
    }

    @Override
    public synchronized void finished(Suite.Progress p) {
        CheckResult r = p.entry().result();
        running.remove(Suite.model(p.entry().scenario(), r.design()));
        done = p.done();
        violated += r.anyViolated() ? 1 : 0;
        inconclusive += r.anyInconclusive() ? 1 : 0;
        boolean uncompared = p.entry().agreement().map(a -> !a.complete()).orElse(false);
        incomplete += uncompared ? 1 : 0;
        // what came from the cache, so a resumed suite shows it reran only the unfinished models
        String reused = (p.reusedRuns() > 0 ? "; reused " + p.reusedRuns() + " of " + (p.reusedRuns() + p.madeRuns())
                + " TLC runs" : "") + (p.alloyReused() ? "; Alloy's comparison reused" : "");
        String line = String.format(Locale.ROOT, "[%d/%d] %s: %s%s  (%s elapsed)", p.done(), p.total(),
                Suite.model(p.entry().scenario(), r.design()), summary(r) + (uncompared ? ", not all compared with Alloy" : ""),
                reused, elapsed());
        if (terminal) {
            out.print("\r" + " ".repeat(width - 1) + "\r");
        }
        out.println(line);
        redraw();
    }

    /** The line after the run: models, how many violated, inconclusive or not compared, wall time. */
    synchronized String summary() {
        return String.format(Locale.ROOT, "suite: %d of %d models checked, %d with a violated property, %d with an"
                + " inconclusive verdict, %d with a safety verdict not compared with Alloy's, %s wall time", done,
                total, violated, inconclusive, incomplete, elapsed());
    }

    @Override
    public synchronized void close() {
        if (terminal) {
            ticker.shutdownNow();
            out.print("\r" + " ".repeat(width - 1) + "\r");
            out.flush();
        }
    }

    /** The bar line; public for tests: {@code [3/80] #.... dio-zero-page / pre-2019  0:42}. */
    synchronized String bar() {
        int filled = total == 0 ? BAR : done * BAR / total;
        String head = String.format(Locale.ROOT, "[%d/%d] %s%s ", done, total, "#".repeat(filled),
                ".".repeat(BAR - filled));
        String tail = "  " + elapsed();
        String models = String.join(", ", running);
        int room = width - 1 - head.length() - tail.length();
        // The models give way, never the count or the time.
        return head + (models.length() <= room ? models : models.substring(0, Math.max(0, room - 3)) + "...") + tail;
    }

    private synchronized void redraw() {
        if (terminal) {
            String b = bar();
            out.print("\r" + b + " ".repeat(Math.max(0, width - 1 - b.length())));
            out.flush();
        }
    }

    private String elapsed() {
        long s = (nanos.getAsLong() - start) / 1_000_000_000L;
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static String summary(CheckResult r) {
        long v = r.results().stream().filter(x -> x.verdict() == Verdict.VIOLATED && !x.property().isCondition())
                .count();
        long i = r.results().stream().filter(x -> x.verdict() == Verdict.INCONCLUSIVE).count();
        return v + " violated, " + i + " inconclusive";
    }
}
