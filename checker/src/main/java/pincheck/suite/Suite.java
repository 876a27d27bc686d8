package pincheck.suite;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import pincheck.design.Design;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.report.SuiteReport;
import pincheck.scenario.Scenario;
import pincheck.tla.SpecFiles;
import pincheck.tla.TlcChecker;
import pincheck.tla.TlcRunner;
import pincheck.verdict.CheckResult;

/** Checks scenarios under designs, several models at once, in a stable order. */
public final class Suite {
    /** One finished model, for progress lines: done of total. */
    public record Progress(int done, int total, SuiteReport.Entry entry) {}

    /** What a caller hears of a running suite: a model started, a model finished. */
    public interface Listener {
        void started(String model);

        void finished(Progress p);
    }

    private Suite() {}

    /** A model's name in progress lines: {@code scenario / design}. */
    public static String model(Scenario s, Design d) { return s.name() + " / " + d.name(); }

    public static ImmutableList<SuiteReport.Entry> run(List<Scenario> scenarios, List<Design> designs, Path home,
                                                       int jobs, Duration timeout, Consumer<Progress> progress)
            throws IOException, InterruptedException {
        return run(scenarios, designs, home, jobs, timeout, new Listener() {
            @Override
            public void started(String model) { }

            @Override
            public void finished(Progress p) { progress.accept(p); }
        });
    }

    public static ImmutableList<SuiteReport.Entry> run(List<Scenario> scenarios, List<Design> designs, Path home,
                                                       int jobs, Duration timeout, Listener listener)
            throws IOException, InterruptedException {
        int total = scenarios.size() * designs.size();
        AtomicInteger done = new AtomicInteger();
        Path work = Files.createTempDirectory("pincheck-suite-");
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        try {
            List<Future<SuiteReport.Entry>> futures = new ArrayList<>();
            for (Scenario s : scenarios) {
                for (Design d : designs) {
                    Path dir = work.resolve(s.name()).resolve(d.name());
                    futures.add(pool.submit(() -> {
                        listener.started(model(s, d));
                        CheckResult r = TlcChecker.check(s, d, Scaling.DEFAULT, List.of(Property.values()),
                                SpecFiles.tlaDir(home), dir, new TlcRunner.Options(timeout, 1, ""));
                        SuiteReport.Entry e = new SuiteReport.Entry(s, r);
                        listener.finished(new Progress(done.incrementAndGet(), total, e));
                        return e;
                    }));
                }
            }
            ImmutableList.Builder<SuiteReport.Entry> out = ImmutableList.builder();
            for (Future<SuiteReport.Entry> f : futures) {
                out.add(f.get());
            }
            return out.build();
        } catch (ExecutionException e) {
            throw new IOException("a model of the suite failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            WorkDirs.delete(work);
        }
    }
}
