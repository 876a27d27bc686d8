package pincheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import pincheck.claims.Catalogue;
import pincheck.claims.Claim;
import pincheck.claims.ClaimVerdict;
import pincheck.claims.Claims;
import pincheck.claims.ClaimsReport;
import pincheck.claims.Finding;
import pincheck.design.DesignException;
import pincheck.report.OutputFolder;
import pincheck.scenario.ScenarioException;
import pincheck.study.ModelRuns;
import pincheck.tla.TlcRunner;

@Command(name = "claims", description = "Settle the 2019 thread's claims on the catalogue; write claims.md and "
        + "claims.json.")
final class ClaimsCommand implements Callable<Integer> {

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    TlcOptions tlc = new TlcOptions();

    @Option(names = "--only", paramLabel = "ID",
            description = "settle only this claim (repeatable); prints, writes nothing, so claims.md stays whole")
    List<String> only = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path home;
        TlcRunner.Options opt;
        Catalogue cat;
        OutputFolder target;
        List<Claim> claims;
        try {
            home = Inputs.home();
            opt = tlc.options();
            cat = new Catalogue(BuiltIn.scenarios(home), BuiltIn.claimScenarios(home));
            target = output.folder(home);
            claims = chosen();
        } catch (DesignException | ScenarioException e) {
            System.err.println("pincheck: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        long start = System.nanoTime();
        List<ClaimsReport.Settled> settled = new ArrayList<>();
        try (ModelRuns runs = new ModelRuns(home, output.jobs, opt, m -> { })) {
            for (Claim c : claims) {
                Finding f = c.study().settle(cat, runs);
                settled.add(new ClaimsReport.Settled(c, f));
                System.out.printf(Locale.ROOT, "%-20s %-13s %s%n", c.id(), f.verdict().word(), f.summary());
                System.err.printf(Locale.ROOT, "  (%d models so far, %.0f s)%n", runs.count(),
                        (System.nanoTime() - start) / 1e9);
            }
        }
        boolean open = settled.stream().anyMatch(s -> s.finding().verdict() == ClaimVerdict.INCONCLUSIVE);
        if (only.isEmpty()) {
            Map<String, String> files = ClaimsReport.files(settled);
            if (!Inputs.written(target, "claims", files)) {
                return Main.BAD_INPUT;
            }
            target.prune("claims", f -> f.startsWith(ClaimsReport.FOLDER + "/"), files.keySet());
            System.err.println("claims: written to " + target.root().resolve("claims.md"));
        }
        return open ? 3 : 0;
    }

    private List<Claim> chosen() throws DesignException {
        if (only.isEmpty()) {
            return Claims.all();
        }
        List<Claim> out = new ArrayList<>();
        for (String id : only) {
            out.add(Claims.all().stream().filter(c -> c.id().equals(id)).findFirst()
                    .orElseThrow(() -> new DesignException("unknown claim '" + id + "'; use one of "
                            + String.join(", ", Claims.all().stream().map(Claim::id).toList()))));
        }
        return out;
    }
}
