package pincheck.suite;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.Optional;
import pincheck.alloy.AgreementSummary;
import pincheck.design.Design;
import pincheck.design.Scaling;
import pincheck.report.OutputTree;
import pincheck.scenario.Scenario;
import pincheck.tla.SpecFiles;
import pincheck.tla.TlaModel;
import pincheck.tla.TlcChecker;
import pincheck.tla.TlcRunner;
import pincheck.tla.out.TlcOutcome;
import pincheck.tla.out.TlcOutput;
import pincheck.trace.Narration;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;

/**
 * Finished TLC runs of a suite, kept in its output folder so an interrupted suite resumes
 * where it stopped. A run is found by a hash of everything its output depends on: the
 * scenario, the design, the scaling, the generated module and cfg, the specs/ files, the
 * engine versions and pincheck's version. Only conclusive runs (TLC finished: no error, or a
 * violation with its trace) are kept; an inconclusive one is run again next time.
 */
public final class RunCache {
    /** The cache's folder inside the output folder; nothing else in there is pincheck's. */
    public static final String FOLDER = ".cache";
    private static final String SUFFIX = ".tlcrun";
    private static final String ALLOY_SUFFIX = ".alloy";

    private final Path dir;
    private final String versions;
    private final boolean force;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /**
     * @param outputFolder the suite's output folder
     * @param pincheckVersion part of every key: a new pincheck may read TLC differently
     * @param force run everything again (and store the new results)
     */
    public RunCache(Path outputFolder, String pincheckVersion, boolean force) {
        this.dir = outputFolder.resolve(FOLDER);
        this.versions = "pincheck " + pincheckVersion + "\ntlc " + tlc2.TLCGlobals.versionOfTLC + "\nalloy "
                + alloyVersion() + "\n";
        this.force = force;
    }

    /** The runs of one model (scenario under design), counting how many came from the cache. */
    public final class ModelRuns implements TlcChecker.Runs {
        private final String model;
        private final AtomicInteger reused = new AtomicInteger();
        private final AtomicInteger ran = new AtomicInteger();

        private ModelRuns(Scenario s, Design d, Scaling scaling) {
            this.model = versions + s + "\n" + d + "\n" + scaling + "\n";
        }

        @Override
        public TlcRunner.RawRun run(TlaModel m, Path specsDir, Path runDir, TlcRunner.Options opt)
                throws IOException {
            String key = key(m, specsDir);
            used.add(key);
            Path file = dir.resolve(key + SUFFIX);
            if (!force && Files.isRegularFile(file)) {
                TlcRunner.RawRun cached = read(file);
                // A damaged entry that no longer reads as a finished run is made again, never reported.
                if (cached != null && conclusive(cached)) {
                    reused.incrementAndGet();
                    return cached;
                }
            }
            TlcRunner.RawRun raw = TlcRunner.run(m, specsDir, runDir, opt);
            ran.incrementAndGet();
            if (conclusive(raw)) {
                OutputTree.writeFile(file, String.format(Locale.ROOT, "exit %d seconds %.3f%n", raw.exitCode(),
                        raw.seconds()) + raw.output());
            }
            return raw;
        }

        private String key(TlaModel m, Path specsDir) throws IOException {
            Hasher h = Hashing.sha256().newHasher();
            h.putString(model, StandardCharsets.UTF_8).putString(m.module(), StandardCharsets.UTF_8)
                    .putString(m.cfg(), StandardCharsets.UTF_8);
            for (String spec : SpecFiles.TLA_MODULES) {
                h.putString(spec, StandardCharsets.UTF_8).putBytes(Files.readAllBytes(specsDir.resolve(spec)));
            }
            return h.hash().toString();
        }

        /** TLC runs of this model taken from the cache. */
        public int reused() {
            return reused.get();
        }

        /** TLC runs of this model actually made. */
        public int ran() {
            return ran.get();
        }
    }

    public ModelRuns forModel(Scenario s, Design d, Scaling scaling) {
        return new ModelRuns(s, d, scaling);
    }

    /** Makes an agreement when the cache has none. */
    public interface AgreementSource {
        AgreementSummary make() throws IOException;
    }

    /**
     * The agreement of Alloy with this TLC result, from the cache when the same scenario,
     * design, Alloy semantics and TLC verdicts were compared before; else made and, when
     * conclusive, stored. The second value says whether it was reused.
     */
    public Cached<AgreementSummary> agreement(Scenario s, Design d, CheckResult tlc, String semantics, int bound,
                                             AgreementSource source) throws IOException {
        Hasher h = Hashing.sha256().newHasher();
        // the bound too: another --alloy-max-steps never reads a comparison made up to a different one
        h.putString(versions + s + "\n" + d + "\n" + tlc.scaling() + "\n" + semantics + "\n" + digest(tlc)
                        + "\nbound " + bound,
                StandardCharsets.UTF_8);
        String key = h.hash().toString();
        used.add(key);
        Path file = dir.resolve(key + ALLOY_SUFFIX);
        if (!force && Files.isRegularFile(file)) {
            Optional<AgreementSummary> cached = AgreementCodec.read(Files.readString(file, StandardCharsets.UTF_8));
            if (cached.isPresent()) {
                return new Cached<>(cached.get(), true);
            }
        }
        AgreementSummary made = source.make();
        if (made.conclusive()) {
            OutputTree.writeFile(file, AgreementCodec.write(made));
        }
        return new Cached<>(made, false);
    }

    /** What Alloy's side depends on in TLC's result: verdicts, depths and the counterexamples' calls. */
    private static String digest(CheckResult tlc) {
        StringBuilder b = new StringBuilder();
        for (PropertyResult r : tlc.results()) {
            b.append(r.property().tlaName()).append(' ').append(r.verdict()).append(' ').append(r.depth()).append('\n');
            r.trace().ifPresent(t -> Narration.lines(t).forEach(l -> b.append(l).append('\n')));
        }
        return b.toString();
    }

    /** A value and whether it came from the cache. */
    public record Cached<T>(T value, boolean reused) {}

    /** TLC finished: no error, or a violation with its whole trace. */
    private static boolean conclusive(TlcRunner.RawRun raw) {
        TlcOutcome.Kind kind = TlcOutput.interpret(raw.output(), raw.exitCode()).kind();
        return !raw.timedOut() && (kind == TlcOutcome.Kind.SUCCESS || kind.isViolation());
    }

    /** A stored run, or null when the file is not one (then the run is made again). */
    private static TlcRunner.RawRun read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        String[] head = (nl < 0 ? "" : text.substring(0, nl)).split(" ");
        if (head.length != 4 || !head[0].equals("exit") || !head[2].equals("seconds")) {
            return null;
        }
        try {
            return new TlcRunner.RawRun(text.substring(nl + 1), Integer.parseInt(head[1]), false,
                    Double.parseDouble(head[3]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** After a complete suite: drops the runs it did not ask for (old specs, scenarios since removed). */
    public void pruneUnused() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> stale;
        try (Stream<Path> files = Files.list(dir)) {
            stale = files.filter(p -> !used.contains(p.getFileName().toString().replace(SUFFIX, "")
                            .replace(ALLOY_SUFFIX, "")))
                    .sorted(Comparator.naturalOrder()).toList();
        }
        for (Path p : stale) {
            Files.deleteIfExists(p);
        }
    }

    /** The Alloy release on the class path, from its Maven metadata. */
    public static String alloyVersion() {
        try (InputStream in = RunCache.class.getResourceAsStream(
                "/META-INF/maven/org.alloytools/org.alloytools.alloy.dist/pom.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
