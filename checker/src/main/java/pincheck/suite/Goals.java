package pincheck.suite;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import pincheck.alloy.BothEngines;
import pincheck.report.SuiteReport;
import pincheck.tla.TlcRun;

/**
 * The figures issue 16 sets goals for, measured in one run: each with its goal, and with the
 * start of a bare JVM measured in the same run, so figures from a busy machine can be compared
 * with figures from an idle one by their ratio.
 */
public final class Goals {
    /** One figure: what it measures, its value, the unit, and the goal (at most, or at least for rates). */
    public record Figure(String name, double value, String unit, double goal, boolean atLeast, String note) {
        public boolean met() {
            return atLeast ? value >= goal : value <= goal;
        }

        public String line(double jvmStart) {
            String ratio = unit.equals("s") && jvmStart > 0 ? String.format(Locale.ROOT, "%8.1f x JVM start",
                    value / jvmStart) : String.format(Locale.ROOT, "%19s", "");
            return String.format(Locale.ROOT, "%-44s %12.2f %-9s %s   goal %s %s %s: %s%s", name, value, unit, ratio,
                    atLeast ? ">=" : "<=", fmt(goal), unit, met() ? "met" : "NOT met",
                    note.isEmpty() ? "" : " (" + note + ")");
        }

        private static String fmt(double x) {
            return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
        }
    }

    private Goals() {}

    /** Seconds a bare {@code java -version} takes here now: the median of five. */
    public static double jvmStart() throws IOException, InterruptedException {
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            runs.add(wall(List.of(java(), "-version"), Duration.ofMinutes(1)));
        }
        runs.sort(Double::compare);
        return runs.get(runs.size() / 2);
    }

    /** Wall seconds of a command run to its end (its output discarded); a command past the limit is killed. */
    public static double wall(List<String> command, Duration limit) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IOException("did not finish within " + limit.toSeconds() + " s: " + String.join(" ", command));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The command line of pincheck itself (this jar, this checkout). */
    public static List<String> pincheck(Path home, String... args) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Dpincheck.home=" + home, "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Path jar() {
        try {
            return Path.of(Goals.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot locate pincheck's jar", e);
        }
    }

    /** The model whose EventuallyQuiet took the most TLC time against its safety runs, and that ratio. */
    public record LivenessRatio(String model, double ratio, double livenessSeconds, double safetySeconds) {}

    public static LivenessRatio worstLiveness(List<Suite.Progress> models) {
        LivenessRatio worst = new LivenessRatio("none", 0, 0, 0);
        for (Suite.Progress p : models) {
            double live = seconds(p.runs(), true);
            double safety = seconds(p.runs(), false);
            if (live > 0 && safety > 0 && live / safety > worst.ratio()) {
                worst = new LivenessRatio(Suite.model(p.entry().scenario(), p.entry().result().design()),
                        live / safety, live, safety);
            }
        }
        return worst;
    }

    private static double seconds(List<TlcRun> runs, boolean liveness) {
        return runs.stream().filter(r -> r.label().startsWith("liveness") == liveness)
                .mapToLong(r -> r.engineMillis().orElse(0)).sum() / 1000.0;
    }

    /** The models Alloy checked to less than TLC's depth, as {@code scenario / design (k of d)}. */
    public static ImmutableList<String> alloyShort(List<SuiteReport.Entry> entries) {
        ImmutableList.Builder<String> out = ImmutableList.builder();
        for (SuiteReport.Entry e : entries) {
            int depth = BothEngines.bound(e.result()).orElse(0);
            e.agreement().filter(a -> a.notCompared().isEmpty() && a.bound() < depth).ifPresent(a ->
                    out.add(Suite.model(e.scenario(), e.result().design()) + " (" + a.bound() + " of " + depth + ")"));
        }
        return out.build();
    }

    /** A scratch output folder for a suite run that starts with nothing cached. */
    public static Path freshFolder(String name) throws IOException {
        return Files.createTempDirectory("pincheck-bench-" + name + "-");
    }
}
