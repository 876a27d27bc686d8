package pincheck.cli;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pincheck.audit.Audit;
import pincheck.audit.AuditComparison;
import pincheck.audit.AuditException;
import pincheck.audit.AuditReport;
import pincheck.audit.AuditResult;
import pincheck.audit.Coverage;
import pincheck.design.DesignException;
import pincheck.report.OutputFolder;
import pincheck.scenario.ScenarioException;

@Command(name = "audit", description = "Audit a kernel tree's GUP call sites and bio fills with the Coccinelle "
        + "patches of specs/audit/ (spatch); write audit-VERSION.md/.json, and audit-compare.md/.json when the "
        + "folder holds audits of two versions. Exit 0 complete, 2 bad input or no spatch, 3 spatch missed a site "
        + "grep finds or failed.")
final class AuditCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "KERNEL_TREE",
            description = "the top folder of a kernel tree, or a linux-source-*.tar.xz (only the audited folders "
                    + "are unpacked, into a temporary folder removed afterwards)")
    List<Path> trees = new ArrayList<>();

    @Option(names = "--out", description = "output folder (default: counterexamples/ of the checkout)")
    Path out;

    @Option(names = "--dir", paramLabel = "FOLDER",
            description = "a folder of the tree to audit (repeatable; default: fs block lib mm include io_uring net "
                    + "kernel drivers/infiniband drivers/vfio, those the tree has)")
    List<String> dirs = new ArrayList<>();

    @Option(names = "--jobs", defaultValue = "2", description = "spatch processes at once (default ${DEFAULT-VALUE})")
    int jobs;

    @Option(names = "--timeout", defaultValue = "900", description = "seconds for each tool run (default ${DEFAULT-VALUE})")
    int timeout;

    @Option(names = "--spatch", paramLabel = "PATH", description = "the spatch to run (default: spatch on PATH)")
    Path spatch;

    @Option(names = "--scenarios", paramLabel = "DIR",
            description = "scenarios whose covers lines name the modelled functions (default: specs/scenarios)")
    Path scenarios;

    @Override
    public Integer call() throws Exception {
        Path home;
        OutputFolder target;
        Coverage coverage;
        try {
            home = Inputs.home();
            target = Inputs.outputFolder(out, home, false);
            coverage = Coverage.read(scenarios != null ? scenarios : home.resolve("specs").resolve("scenarios"));
            if (jobs < 1 || timeout < 1) {
                throw new DesignException("--jobs and --timeout must be at least 1");
            }
        } catch (DesignException | ScenarioException e) {
            System.err.println("pincheck: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        boolean complete = true;
        try {
            for (Path tree : trees) {
                long start = System.nanoTime();
                AuditResult r = Audit.run(new Audit.Request(tree, dirs, home.resolve("specs").resolve("audit"),
                        coverage, Optional.ofNullable(spatch), jobs, Duration.ofSeconds(timeout)));
                if (!Inputs.written(target, COMMAND, AuditReport.files(r))) {
                    return Main.BAD_INPUT;
                }
                System.out.printf(Locale.ROOT, "audit of Linux %s: %d GUP call sites, %d bio fills -> %s%n", r.version(),
                        r.gups().size(), r.bios().size(), target.root().resolve(AuditReport.baseName(r) + ".md"));
                System.out.println("  " + r.completenessSummary());
                r.missed().forEach(m -> System.out.println("  not reported by spatch: " + m));
                complete &= r.complete();
                System.err.printf(Locale.ROOT, "audit: %s in %.0f s%n", tree, (System.nanoTime() - start) / 1e9);
            }
            if (!compare(target)) {
                return Main.BAD_INPUT;
            }
        } catch (AuditException e) {
            System.err.println("pincheck: " + e.getMessage());
            return e.badInput() ? Main.BAD_INPUT : 3;
        }
        if (!complete) {
            System.err.println("pincheck: the audit is incomplete: spatch did not report every call grep finds "
                    + "(listed above and in the report)");
        }
        return complete ? 0 : 3;
    }

    /** What the manifest of the output folder says wrote the audit's files. */
    private static final String COMMAND = "pincheck audit";

    // The oldest and the newest audit in the folder, when there are two versions; false when refused.
    private static boolean compare(OutputFolder target) throws AuditException, IOException {
        List<Path> audits;
        try (Stream<Path> files = Files.list(target.root())) {
            audits = files.filter(p -> AuditReport.isAuditJson(p.getFileName().toString()))
                    .sorted(AuditReport.BY_VERSION).toList();
        }
        if (audits.size() < 2) {
            return true;
        }
        JsonObject older = AuditComparison.parse(audits.get(0).toString(), Files.readString(audits.get(0)));
        JsonObject newer = AuditComparison.parse(audits.get(audits.size() - 1).toString(),
                Files.readString(audits.get(audits.size() - 1)));
        if (!Inputs.written(target, COMMAND, AuditComparison.files(older, newer))) {
            return false;
        }
        System.out.println("compared " + audits.get(0).getFileName() + " with "
                + audits.get(audits.size() - 1).getFileName() + " -> "
                + target.root().resolve(AuditComparison.NAME + ".md"));
        return true;
    }
}
