package pincheck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pincheck.design.DesignException;
import pincheck.design.Knob;
import pincheck.design.Presets;
import pincheck.report.OutputFolder;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioException;
import pincheck.scenario.ScenarioParser;
import pincheck.sweep.DecisionTree;
import pincheck.sweep.KnobSpace;
import pincheck.sweep.Sweep;
import pincheck.sweep.SweepReport;
import pincheck.sweep.SweepRow;
import pincheck.tla.TlcRunner;

@Command(name = "sweep", description = "Check a scenario under every combination of the knobs that apply to it; "
        + "print which knob decides and write sweep-NAME.md/.json.")
final class SweepCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "a scenario file, or a built-in scenario's name")
    String scenario;

    @Option(names = "--base", defaultValue = "linux-6.12",
            description = "preset giving the knobs the sweep does not vary (default ${DEFAULT-VALUE})")
    String base;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    TlcOptions tlc = new TlcOptions();

    @Override
    public Integer call() throws Exception {
        Path home;
        TlcRunner.Options opt;
        Scenario s;
        KnobSpace space;
        OutputFolder target;
        try {
            home = Inputs.home();
            opt = tlc.options();
            s = resolve(home);
            space = KnobSpace.of(s, Presets.get(base).with(Knob.WARN, "none"));
            target = output.folder(home);
        } catch (DesignException | ScenarioException e) {
            System.err.println("pincheck: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        System.err.printf(Locale.ROOT, "sweep %s: %d combinations of %s%n", s.name(), space.size(),
                String.join(", ", space.knobs().stream().map(Knob::key).toList()));
        long start = System.nanoTime();
        List<SweepRow> rows = Sweep.run(s, space, home, output.jobs, opt, p -> System.err.printf(
                Locale.ROOT, "[%d/%d] %s: %s  (%.0f s elapsed)%n", p.done(), p.total(),
                p.row().values().values(), p.row().outcome(), (System.nanoTime() - start) / 1e9));
        for (var i : DecisionTree.influence(rows, space.knobs())) {
            System.out.printf(Locale.ROOT, "%-15s decides %d of %d pairs%n", i.knob().key(), i.flips(), i.pairs());
        }
        System.out.println();
        DecisionTree.lines(rows, space.knobs()).forEach(System.out::println);
        if (!Inputs.written(target, "sweep", SweepReport.files(s, space, rows))) {
            return Main.BAD_INPUT;
        }
        System.err.println("sweep: written to " + target.root().resolve("sweep-" + s.name() + ".md"));
        return rows.stream().anyMatch(r -> r.inconclusive().isPresent()) ? 3 : 0;
    }

    /** A path to a .pin file, or the name of a built-in scenario (or a claim's). */
    private Scenario resolve(Path home) throws Exception {
        Path f = Path.of(scenario);
        if (java.nio.file.Files.isRegularFile(f)) {
            Path abs = f.toAbsolutePath().normalize();
            Scenario parsed = ScenarioParser.parse(f);
            return abs.startsWith(home) ? parsed.withFile(home.relativize(abs).toString()) : parsed;
        }
        for (Scenario s : BuiltIn.scenarios(home)) {
            if (s.name().equals(scenario)) {
                return s;
            }
        }
        for (Scenario s : BuiltIn.claimScenarios(home)) {
            if (s.name().equals(scenario)) {
                return s;
            }
        }
        throw new DesignException(scenario + ": no such file or built-in scenario; give a .pin file or one of "
                + String.join(", ", BuiltIn.scenarios(home).stream().map(Scenario::name).toList()));
    }
}
