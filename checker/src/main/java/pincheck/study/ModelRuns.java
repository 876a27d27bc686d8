package pincheck.study;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import pincheck.suite.WorkDirs;
import pincheck.tla.SpecFiles;
import pincheck.tla.TlcChecker;
import pincheck.tla.TlcRunner;
import pincheck.verdict.CheckResult;

/**
 * Runs batches of models with TLC, several at once, and remembers every answer:
 * studies that ask the same question twice (a claim and the sweep, two claims)
 * pay for one run.
 */
public final class ModelRuns implements AutoCloseable {
    private final Path home;
    private final TlcRunner.Options options;
    private final ExecutorService pool;
    private final Path work;
    private final Map<String, CheckResult> done = new ConcurrentHashMap<>();
    private final AtomicInteger runs = new AtomicInteger();
    private final Consumer<String> progress;

    public ModelRuns(Path home, int jobs, TlcRunner.Options options, Consumer<String> progress) throws IOException {
        this.home = home;
        this.options = options;
        this.progress = progress;
        this.pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        this.work = Files.createTempDirectory("pincheck-study-");
    }

    /** The results, in the order of the models. */
    public ImmutableList<CheckResult> all(List<Model> models) throws IOException, InterruptedException {
        List<Future<CheckResult>> futures = new ArrayList<>();
        for (Model m : models) {
            futures.add(pool.submit(() -> one(m)));
        }
        ImmutableList.Builder<CheckResult> out = ImmutableList.builder();
        try {
            for (Future<CheckResult> f : futures) {
                out.add(f.get());
            }
        } catch (ExecutionException e) {
            throw new IOException("a model failed to run: " + e.getCause(), e.getCause());
        }
        return out.build();
    }

    public CheckResult one(Model m) throws IOException {
        CheckResult known = done.get(m.key());
        if (known != null) {
            return known;
        }
        int n = runs.incrementAndGet();
        CheckResult r = TlcChecker.check(TlcChecker.Request.of(m.scenario(), m.design(), SpecFiles.tlaDir(home),
                work.resolve("m" + n)).withProperties(m.properties()).withOptions(options));
        done.put(m.key(), r);
        progress.accept(m.scenario().name() + " / " + m.design().name());
        return r;
    }

    /** Distinct models checked so far. */
    public int count() { return done.size(); }

    @Override
    public void close() throws IOException {
        pool.shutdownNow();
        WorkDirs.delete(work);
    }
}
