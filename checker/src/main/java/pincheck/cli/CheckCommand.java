package pincheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pincheck.design.Design;
import pincheck.design.DesignException;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.report.CheckReport;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioException;
import pincheck.scenario.ScenarioParser;
import pincheck.suite.WorkDirs;
import pincheck.tla.SpecFiles;
import pincheck.tla.TlcChecker;
import pincheck.tla.TlcRunner;
import pincheck.verdict.CheckResult;

@Command(name = "check", description = "Check one scenario file under one design with TLC.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the scenario file")
    Path file;

    @Option(names = "--design", defaultValue = "kernel-2023", description = "design preset (default ${DEFAULT-VALUE})")
    String preset;

    @Option(names = "--set", paramLabel = "KNOB=VALUE", description = "override one knob of the preset")
    List<String> settings = new ArrayList<>();

    @Option(names = "--json", description = "print the result as one JSON document")
    boolean json;

    @Mixin
    TlcOptions tlc = new TlcOptions();

    @Option(names = "--keep", description = "keep TLC's working folder and print where it is")
    boolean keep;

    @Override
    public Integer call() {
        Scenario s;
        Design d;
        Path home;
        TlcRunner.Options opt;
        try {
            s = ScenarioParser.parse(file);
            d = Inputs.design(preset, settings);
            home = Inputs.home();
            opt = tlc.options();
        } catch (ScenarioException | DesignException e) {
            System.err.println("pincheck: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("pincheck-");
            CheckResult r = TlcChecker.check(s, d, Scaling.DEFAULT, List.of(Property.values()), SpecFiles.tlaDir(home),
                    work, opt);
            System.out.print(json ? CheckReport.json(s, r) : CheckReport.text(s, r));
            return r.exitCode();
        } catch (IOException e) {
            System.err.println("pincheck: inconclusive: cannot run TLC: " + e.getMessage());
            return 3;
        } finally {
            if (work != null) {
                if (keep) {
                    System.err.println("pincheck: TLC's files are in " + work);
                } else {
                    WorkDirs.delete(work);
                }
            }
        }
    }
}
