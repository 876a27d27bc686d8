package pincheck.tla;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs TLC in a JVM of its own (TLC keeps static state), with its own metadir and
 * java.io.tmpdir (this TLC unpacks its standard modules there), and a timeout.
 */
public final class TlcRunner {

    /**
     * What one TLC run left behind. exitCode is -1 when it was killed; failure says why a run
     * failed where TLC's output cannot tell (every distributed worker gone); graph is the state
     * graph a graph model's run dumped.
     */
    public record RawRun(String output, int exitCode, boolean timedOut, double seconds, Optional<String> failure,
                         Optional<String> graph) {
        public RawRun(String output, int exitCode, boolean timedOut, double seconds, Optional<String> failure) {
            this(output, exitCode, timedOut, seconds, failure, Optional.empty());
        }

        public RawRun(String output, int exitCode, boolean timedOut, double seconds) {
            this(output, exitCode, timedOut, seconds, Optional.empty());
        }

        public RawRun withGraph(Optional<String> g) {
            return new RawRun(output, exitCode, timedOut, seconds, failure, g);
        }
    }

    /** Options of the TLC JVM. */
    public record Options(Duration timeout, int workers, String maxHeap, TlcJvm.Profile profile) {
        public static final Options DEFAULT = new Options(Duration.ofMinutes(10), 1, "");

        /** The short-run profile: pincheck's models are small. */
        public Options(Duration timeout, int workers, String maxHeap) {
            this(timeout, workers, maxHeap, TlcJvm.Profile.SHORT);
        }
    }

    /** The JVM's own words when it dies of a fatal error (hs_err), not TLC's. */
    static final String JVM_CRASH = "A fatal error has been detected by the Java Runtime Environment";

    private TlcRunner() {}

    /**
     * Writes the specs, the glue and the cfg into {@code dir} and runs TLC there.
     * IOException only for failures of this machine (disk, process start).
     */
    public static RawRun run(TlaModel model, Path specsDir, Path dir, Options opt) throws IOException {
        SpecFiles.writeModel(model, specsDir, dir);
        Optional<Path> dump = TlcJvm.claimDump();
        List<String> cmd = command(dir, opt, dump);
        Path graph = dir.resolve(TlaModel.GRAPH_FILE);
        if (model.dumpsGraph()) {
            // the state graph, from which every safety property's shortest trace is read (see StateGraph)
            cmd.addAll(cmd.size() - 3, List.of("-dump", "dot,actionlabels", graph.toString()));
        }
        Path out = dir.resolve("tlc.out");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        boolean finished;
        try {
            finished = p.waitFor(opt.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            dump.ifPresent(d -> TlcJvm.finishDump(d, false));
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while TLC was running", e);
        }
        if (!finished) {
            p.destroyForcibly();
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        dump.ifPresent(d -> TlcJvm.finishDump(d, finished));
        String text = Files.readString(out, StandardCharsets.UTF_8);
        Optional<String> archive = cmd.stream().filter(a -> a.startsWith(TlcJvm.SHARED)).findFirst();
        if (archive.isPresent() && text.contains(JVM_CRASH)) {
            // an archive that passed its checksum yet crashes the JVM (a JVM changed in place): drop it, run again
            System.err.println("pincheck: TLC's JVM crashed with the class-data archive; removed it, running again");
            TlcJvm.discard(Path.of(archive.get().substring(TlcJvm.SHARED.length())));
            return run(model, specsDir, dir, opt);
        }
        Optional<String> dumped = model.dumpsGraph() && Files.isRegularFile(graph)
                ? Optional.of(Files.readString(graph, StandardCharsets.UTF_8)) : Optional.empty();
        return new RawRun(text, finished ? p.exitValue() : -1, !finished, secs).withGraph(dumped);
    }

    private static List<String> command(Path dir, Options opt, Optional<Path> dump) {
        List<String> cmd = new ArrayList<>(TlcJvm.java(opt, dump, dir.resolve("tmp")));
        cmd.add("-cp");
        cmd.add(TlcClassPath.argument());
        // tlc2.TLC's main behind one that lets the JVM exit at once (see TlcLauncher); reports print tlc2.TLC
        cmd.add(TlcLauncher.class.getName());
        cmd.add("-tool");
        cmd.addAll(searchOptions(opt));
        cmd.add("-metadir");
        cmd.add(dir.resolve("meta").toString());
        cmd.add("-config");
        cmd.add(TlaModel.MODULE_NAME + ".cfg");
        cmd.add(TlaModel.MODULE_NAME + ".tla");
        return cmd;
    }

    /** The options that decide which trace TLC finds; reports print them in the command that reproduces it. */
    public static List<String> searchOptions(Options opt) {
        return List.of("-workers", Integer.toString(opt.workers()),
                // Liveness checked once on the whole graph, not at timed intervals: the same trace every run.
                "-lncheck", "final",
                // A fixed fingerprint polynomial (TLC picks one at random): liveness traces depend on it.
                "-fp", "0");
    }

    /** The jar TLC is loaded from: Maven's copy, or pincheck's own jar. */
    static String tlcClassPath() {
        return TlcClassPath.entries().get(0).toString();
    }
}
