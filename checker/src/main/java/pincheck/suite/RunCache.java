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
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import pincheck.alloy.AgreementSummary;
import pincheck.alloy.AlloySpec;
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
            if (!force) {
                Optional<TlcRunner.RawRun> cached = entry(file, key).flatMap(RunCache::run);
                if (cached.isPresent() && conclusive(cached.get())) {
                    reused.incrementAndGet();
                    return cached.get();
                }
                cached.ifPresent(c -> damaged(file, "not a finished TLC run"));
            }
            TlcRunner.RawRun raw = TlcRunner.run(m, specsDir, runDir, opt);
            ran.incrementAndGet();
            if (conclusive(raw)) {
                // a graph run's state graph follows TLC's output; the header gives both lengths
                store(file, key, String.format(Locale.ROOT, "exit %d seconds %.3f%s%n", raw.exitCode(),
                        raw.seconds(), raw.graph().map(g -> " graph " + raw.output().length() + " " + g.length()).orElse(""))
                        + raw.output() + raw.graph().orElse(""));
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
    public Cached<AgreementSummary> agreement(Scenario s, Design d, CheckResult tlc, AlloySpec semantics, int bound,
                                             AgreementSource source) throws IOException {
        Hasher h = Hashing.sha256().newHasher();
        // the bound too: another --alloy-max-steps never reads a comparison made up to a different one
        h.putString(versions + s + "\n" + d + "\n" + tlc.scaling() + "\n"
                        // each module with its length: text moved from one to the other is another key
                        + semantics.pinning().length() + ":" + semantics.pinning()
                        + semantics.objects().length() + ":" + semantics.objects() + "\n" + digest(tlc)
                        + "\nbound " + bound,
                StandardCharsets.UTF_8);
        String key = h.hash().toString();
        used.add(key);
        Path file = dir.resolve(key + ALLOY_SUFFIX);
        if (!force) {
            Optional<String> body = entry(file, key);
            Optional<AgreementSummary> cached = body.flatMap(AgreementCodec::read);
            if (cached.isPresent()) {
                return new Cached<>(cached.get(), true);
            }
            body.ifPresent(b -> damaged(file, "not an agreement"));
        }
        AgreementSummary made = source.make();
        if (made.conclusive()) {
            store(file, key, AgreementCodec.write(made));
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

    /**
     * An entry's first line: its own key and the SHA-256 of the rest, so bytes damaged in place or
     * an entry copied over another are found and made again, never reused.
     */
    private static final String HEAD = "pincheck-cache key %s sha256 %s%n";

    private static void store(Path file, String key, String body) throws IOException {
        OutputTree.writeFile(file, String.format(Locale.ROOT, HEAD, key, sha256(body)) + body);
    }

    /** The body of the entry stored under key; empty when there is none, or after saying why it is damaged. */
    private static Optional<String> entry(Path file, String key) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        // bytes that are not UTF-8 read as replacement characters, and then fail the checksum
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        String[] head = (nl < 0 ? "" : text.substring(0, nl)).split(" ");
        String body = nl < 0 ? "" : text.substring(nl + 1);
        if (head.length != 5 || !head[0].equals("pincheck-cache") || !head[1].equals("key")
                || !head[3].equals("sha256")) {
            damaged(file, "no pincheck cache header");
        } else if (!head[2].equals(key)) {
            damaged(file, "it holds the entry of " + head[2] + ", copied over this one");
        } else if (!head[4].equals(sha256(body))) {
            damaged(file, "its checksum does not match its content");
        } else {
            return Optional.of(body);
        }
        return Optional.empty();
    }

    /** Said once per entry, on stderr: the entry is made again. */
    private static void damaged(Path file, String why) {
        System.err.println("pincheck: cache entry " + file + " is damaged (" + why + "); checking again");
    }

    private static String sha256(String s) {
        return Hashing.sha256().hashString(s, StandardCharsets.UTF_8).toString();
    }

    /** A stored run's body, when it reads as one. */
    private static Optional<TlcRunner.RawRun> run(String text) {
        int nl = text.indexOf('\n');
        String[] head = (nl < 0 ? "" : text.substring(0, nl)).split(" ");
        boolean graph = head.length == 7 && head[4].equals("graph");
        if (head.length != 4 && !graph || !head[0].equals("exit") || !head[2].equals("seconds")) {
            return Optional.empty();
        }
        try {
            String body = text.substring(nl + 1);
            int split = graph ? Integer.parseInt(head[5]) : body.length();
            // a graph cut short (a full disk) would lose states: the entry is damaged
            if (split < 0 || graph && split + Long.parseLong(head[6]) != body.length()) {
                return Optional.empty();
            }
            return Optional.of(new TlcRunner.RawRun(body.substring(0, split), Integer.parseInt(head[1]), false,
                    Double.parseDouble(head[3])).withGraph(graph ? Optional.of(body.substring(split))
                    : Optional.empty()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** After a complete suite: drops the runs it did not ask for (old specs, scenarios since removed). */
    public void pruneUnused() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> stale;
        try (Stream<Path> files = Files.list(dir)) {
            // only entries, known by their names: anything else in the folder is not the cache's
            stale = files.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}(" + Pattern.quote(SUFFIX) + "|"
                            + Pattern.quote(ALLOY_SUFFIX) + ")"))
                    .filter(p -> !used.contains(p.getFileName().toString().replace(SUFFIX, "")
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
