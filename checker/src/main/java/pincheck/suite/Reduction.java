package pincheck.suite;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import pincheck.design.Design;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.tla.SpecFiles;
import pincheck.tla.StateReduction;
import pincheck.tla.TlcRunner;
import pincheck.tla.TlcWatcher;

/**
 * Measures what VIEW and SYMMETRY save: every safety property of a model in one watching
 * TLC run per reduction (no run stops at a violation, so each explores the whole graph),
 * and whether the violated properties are the same in every run.
 */
public final class Reduction {
    /** The safety properties: TLC can use neither VIEW nor SYMMETRY for liveness. */
    public static final ImmutableList<Property> SAFETY =
            ImmutableList.copyOf(List.of(Property.values()).stream().filter(p -> !p.isLiveness()).toList());

    private Reduction() {}

    /** One model's runs, by reduction; symmetry only where the scenario declares it. */
    public record Row(String scenario, String design, ImmutableMap<StateReduction, TlcWatcher.Watched> runs) {
        public boolean sameVerdicts() {
            return runs.values().stream().allMatch(w -> w.inconclusive().isEmpty())
                    && runs.values().stream().map(TlcWatcher.Watched::violated).distinct().count() == 1;
        }
    }

    /** The reductions a scenario's model is measured under. */
    public static ImmutableList<StateReduction> reductions(Scenario s) {
        return s.symmetry().isEmpty() ? ImmutableList.of(StateReduction.NONE, StateReduction.VIEW)
                : ImmutableList.copyOf(StateReduction.values());
    }

    /** Every scenario under every design, {@code jobs} models at once, rows in input order. */
    public static ImmutableList<Row> run(List<Scenario> scenarios, List<Design> designs, Path home, int jobs,
                                         TlcRunner.Options opt, Consumer<Row> done)
            throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("pincheck-reduction-");
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        try {
            List<Future<Row>> rows = new ArrayList<>();
            for (Scenario s : scenarios) {
                for (Design d : pincheck.design.Presets.applicable(s, designs)) {
                    Path dir = work.resolve(s.name()).resolve(d.name());
                    rows.add(pool.submit(() -> {
                        Row r = measure(s, d, SpecFiles.tlaDir(home), dir, opt);
                        done.accept(r);
                        return r;
                    }));
                }
            }
            ImmutableList.Builder<Row> out = ImmutableList.builder();
            for (Future<Row> f : rows) {
                out.add(f.get());
            }
            return out.build();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new UncheckedIOException(new IOException(e.getCause()));
        } finally {
            pool.shutdownNow();
            WorkDirs.delete(work);
        }
    }

    static Row measure(Scenario s, Design d, Path specs, Path dir, TlcRunner.Options opt) throws IOException {
        ImmutableMap.Builder<StateReduction, TlcWatcher.Watched> runs = ImmutableMap.builder();
        for (StateReduction r : reductions(s)) {
            runs.put(r, TlcWatcher.run(s, d, Scaling.DEFAULT, SAFETY, specs, dir.resolve(r.name()), opt, r));
        }
        return new Row(s.name(), d.name(), runs.build());
    }
}
