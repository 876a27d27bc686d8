package pincheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pincheck.alloy.AlloyChecker;
import pincheck.alloy.BothEngines;
import pincheck.design.Design;
import pincheck.design.DesignException;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.report.CheckReport;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioException;
import pincheck.scenario.ScenarioParser;
import pincheck.suite.WorkDirs;
import pincheck.tla.DistributedTlc;
import pincheck.tla.SpecFiles;
import pincheck.tla.StateReduction;
import pincheck.tla.TlcChecker;
import pincheck.tla.TlcRunner;
import pincheck.verdict.CheckResult;
import pincheck.verdict.ExitStatus;

@Command(footer = {"", ExitStatus.HELP}, name = "check", description = "Check one scenario file under one design with TLC, Alloy, or both.")
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

    @Option(names = "--engine", defaultValue = "tlc", paramLabel = "tlc|alloy|both",
            description = "tlc (exhaustive), alloy (bounded: holds up to N steps) or both, compared property by"
                    + " property (exit 4 on a disagreement); default ${DEFAULT-VALUE}")
    String engine;

    @Option(names = "--steps", defaultValue = "" + AlloyChecker.DEFAULT_STEPS,
            description = "Alloy's bound in states with --engine alloy (both uses TLC's depth); default ${DEFAULT-VALUE}")
    int steps;

    @Option(names = "--symmetry", description = "TLC's symmetry reduction over the actors the scenario declares"
            + " 'symmetric' (safety runs only; a counterexample may differ from the suite's, the verdicts do not)")
    boolean symmetry;

    @Option(names = "--keep", description = "keep TLC's working folder and print where it is")
    boolean keep;

    @Option(names = "--distributed", paramLabel = "N", defaultValue = "0",
            description = "search with TLC's distributed mode: a TLCServer and N local TLCWorker JVMs; workers on"
                    + " other machines may join (see --server); counterexamples and EventuallyQuiet run locally")
    int distributed;

    @Option(names = "--server", paramLabel = "HOST", defaultValue = DistributedTlc.Setup.LOOPBACK,
            description = "with --distributed: the address of this machine that workers reach (default ${DEFAULT-VALUE})")
    String server;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
            description = "with --distributed: the server's RMI port (default: a free port per TLC run)")
    int port;

    @Override
    public Integer call() {
        try {
            return check();
        } catch (BadInput e) {
            System.err.println("pincheck: " + e.getMessage());
            if (json) {
                System.out.print(CheckReport.jsonError(ExitStatus.BAD_INPUT, e.getMessage(), e.file, e.line));
            }
            return ExitStatus.BAD_INPUT.code();
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            String why = "inconclusive: " + Main.failure(e) + " while checking with " + engine;
            System.err.println("pincheck: " + why);
            if (json) {
                System.out.print(CheckReport.jsonError(ExitStatus.INCONCLUSIVE, why, Optional.empty(),
                        Optional.empty()));
            }
            return ExitStatus.INCONCLUSIVE.code();
        }
    }

    /** Bad input: the one-line message, with the scenario's file and line when it names them. */
    private static final class BadInput extends Exception {
        final Optional<String> file;
        final Optional<Integer> line;

        BadInput(String message, Optional<String> file, Optional<Integer> line) {
            super(message);
            this.file = file;
            this.line = line;
        }

        BadInput(String message) {
            this(message, Optional.empty(), Optional.empty());
        }
    }

    private int check() throws BadInput, IOException {
        Scenario s;
        Design d;
        Path home;
        TlcRunner.Options opt;
        try {
            s = ScenarioParser.parse(file);
        } catch (ScenarioException e) {
            throw new BadInput(e.getMessage(), Optional.of(e.file()),
                    e.line() > 0 ? Optional.of(e.line()) : Optional.empty());
        }
        try {
            d = Inputs.design(preset, settings);
            home = Inputs.home();
            opt = tlc.options();
        } catch (DesignException e) {
            throw new BadInput(e.getMessage());
        }
        if (!List.of("tlc", "alloy", "both").contains(engine) || steps < 1 || steps > AlloyChecker.MAX_STEPS) {
            throw new BadInput("--engine takes tlc, alloy or both and --steps a number from 1 to "
                    + AlloyChecker.MAX_STEPS + " (got --engine " + engine + " --steps " + steps + ")");
        }
        Optional<String> distributedProblem = distributedProblem();
        if (distributedProblem.isPresent()) {
            throw new BadInput(distributedProblem.get());
        }
        Path work = Files.createTempDirectory("pincheck-");
        // SIGINT, SIGTERM: no finally block runs, so the hook stops TLC and removes its files
        try (WorkDirs.Cleanup cleanup = WorkDirs.onExit(work, !keep)) {
            AlloyChecker.Options alloyOpt = AlloyChecker.Options.bound(steps, opt.timeout());
            List<Property> all = List.of(Property.values());
            if (engine.equals("both")) {
                BothEngines.Result both = BothEngines.check(s, d, Scaling.DEFAULT, all, home, work, opt, alloyOpt);
                ExitStatus status = both.status();
                System.out.print(json ? CheckReport.json(s, List.of(both.tlc(), both.alloy()),
                        Optional.of(both.agreement()), status)
                        : CheckReport.text(s, both.tlc()) + "\n" + CheckReport.text(s, both.alloy()) + "\n"
                                + both.agreement().text());
                return status.code();
            }
            CheckResult r = engine.equals("alloy")
                    ? AlloyChecker.check(s, d, Scaling.DEFAULT, all, AlloyChecker.alloyDir(home), work, alloyOpt)
                    : TlcChecker.check(s, d, Scaling.DEFAULT, all, SpecFiles.tlaDir(home), work, opt, tlcRuns(),
                            run -> { }, symmetry ? StateReduction.VIEW_AND_SYMMETRY : StateReduction.VIEW);
            ExitStatus status = ExitStatus.of(r);
            System.out.print(json ? CheckReport.json(s, List.of(r), Optional.empty(), status) : CheckReport.text(s, r));
            return status.code();
        } finally {
            if (keep) {
                System.err.println("pincheck: the engines' files are in " + work);
            }
        }
    }

    /** Local TLC, or the distributed search when --distributed asks for it. */
    private TlcChecker.Runs tlcRuns() {
        if (distributed == 0) {
            return TlcRunner::run;
        }
        DistributedTlc.Setup setup = new DistributedTlc.Setup(distributed, server,
                port == 0 ? OptionalInt.empty() : OptionalInt.of(port));
        return new DistributedTlc(setup, line -> System.err.println("pincheck: " + line));
    }

    private Optional<String> distributedProblem() {
        boolean asked = distributed != 0 || port != 0 || !server.equals(DistributedTlc.Setup.LOOPBACK);
        if (!asked) {
            return Optional.empty();
        }
        if (distributed < 1 || port < 0 || port > 65535 || server.isBlank()) {
            return Optional.of("--distributed takes a number of workers of at least 1, --port 1 to 65535 and --server"
                    + " a host name (got --distributed " + distributed + " --port " + port + " --server '" + server
                    + "')");
        }
        return engine.equals("tlc") ? Optional.empty()
                : Optional.of("--distributed runs TLC only; drop --engine " + engine + " or --distributed");
    }
}
