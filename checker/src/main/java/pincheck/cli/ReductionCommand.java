package pincheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import pincheck.design.Presets;
import pincheck.scenario.Scenario;
import pincheck.suite.Reduction;
import pincheck.suite.ReductionReport;
import pincheck.tla.StateReduction;
import pincheck.tla.TlcRunner;

@Command(name = "reduction", description = "Distinct states of every built-in model without VIEW, with VIEW, and with"
        + " VIEW and SYMMETRY where the scenario declares it, and whether the verdicts are the same; writes"
        + " counterexamples/reduction.json, reduction.md (and reduction-times.json). Exit 1 if a verdict differs.")
final class ReductionCommand implements Callable<Integer> {
    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    TlcOptions tlc = new TlcOptions();

    @Option(names = "--scenario", paramLabel = "NAME", description = "only these built-in scenarios (default all)")
    List<String> only = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Optional<SuiteInputs> in = SuiteInputs.read(output, tlc, only);
        if (in.isEmpty()) {
            return Main.BAD_INPUT;
        }
        List<Scenario> scenarios = in.get().scenarios();
        TlcRunner.Options opt = in.get().tlc();
        System.out.printf(Locale.ROOT, "%-16s %-18s %9s %9s %9s %s%n", "scenario", "design", "none", "view",
                "symmetry", "same verdicts");
        List<Reduction.Row> rows = Reduction.run(scenarios,
                Presets.all().stream().map(Presets.Preset::design).toList(), in.get().home(), output.jobs,
                opt, r -> System.out.printf(Locale.ROOT,
                        "%-16s %-18s %9s %9s %9s %s%n", r.scenario(), r.design(), count(r, StateReduction.NONE),
                        count(r, StateReduction.VIEW), count(r, StateReduction.VIEW_AND_SYMMETRY),
                        r.sameVerdicts() ? "yes" : "NO"));
        Path target = in.get().target().root();
        if (!Inputs.written(in.get().target(), "reduction", java.util.Map.of("reduction.json", ReductionReport.json(rows),
                "reduction.md", ReductionReport.markdown(rows), "reduction-times.json", ReductionReport.times(rows)))) {
            return Main.BAD_INPUT;
        }
        boolean same = rows.stream().allMatch(Reduction.Row::sameVerdicts);
        System.err.println("reduction: " + (same ? "every verdict the same" : "A VERDICT DIFFERS") + "; results in "
                + target.resolve("reduction.md"));
        return same ? 0 : 1;
    }

    private static String count(Reduction.Row r, StateReduction k) {
        return Optional.ofNullable(r.runs().get(k))
                .map(w -> w.inconclusive().isPresent() ? "inconcl." : String.valueOf(w.distinct())).orElse("-");
    }
}
