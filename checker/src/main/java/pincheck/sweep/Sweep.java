package pincheck.sweep;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import pincheck.design.Design;
import pincheck.design.Knob;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.suite.WorkDirs;
import pincheck.tla.SpecFiles;
import pincheck.tla.TlcRunner;
import pincheck.tla.TlcWatcher;

/** Checks a scenario under every combination of the knobs that apply to it: one TLC run per combination. */
public final class Sweep {
    /**
     * The safety properties the table answers. Detectable depends only on WARN, which
     * the sweep does not vary; EventuallyQuiet needs a run of its own without VIEW.
     */
    public static final ImmutableList<Property> PROPERTIES = ImmutableList.copyOf(List.of(Property.values()).stream()
            .filter(p -> p.kind() == Property.Kind.PROPERTY && p != Property.DETECTABLE).toList());

    private Sweep() {}

    public record Progress(int done, int total, SweepRow row) {}

    public static ImmutableList<SweepRow> run(Scenario s, KnobSpace space, Path home, int jobs, TlcRunner.Options opt,
                                              Consumer<Progress> progress) throws IOException, InterruptedException {
        ImmutableList<Design> designs = space.designs();
        Path work = Files.createTempDirectory("pincheck-sweep-");
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<SweepRow>> futures = new ArrayList<>();
            for (int i = 0; i < designs.size(); i++) {
                Design d = designs.get(i);
                Path dir = work.resolve("c" + i);
                futures.add(pool.submit(() -> {
                    TlcWatcher.Watched w = TlcWatcher.run(s, d, Scaling.DEFAULT, PROPERTIES, SpecFiles.tlaDir(home),
                            dir, opt);
                    WorkDirs.delete(dir);
                    Map<Knob, String> values = new EnumMap<>(Knob.class);
                    space.knobs().forEach(k -> values.put(k, d.value(k)));
                    SweepRow row = new SweepRow(com.google.common.collect.ImmutableMap.copyOf(values), w.violated(),
                            w.distinct(), w.inconclusive());
                    progress.accept(new Progress(done.incrementAndGet(), designs.size(), row));
                    return row;
                }));
            }
            ImmutableList.Builder<SweepRow> rows = ImmutableList.builder();
            for (Future<SweepRow> f : futures) {
                rows.add(f.get());
            }
            return rows.build();
        } catch (ExecutionException e) {
            throw new IOException("a combination failed to run: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            WorkDirs.delete(work);
        }
    }
}
