package pincheck.cli;

import com.google.common.collect.ImmutableMap;
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
import pincheck.alloy.AlloySpec;
import pincheck.alloy.BothEngines;
import pincheck.design.Design;
import pincheck.design.Presets;
import pincheck.design.DesignException;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.report.CheckReport;
import pincheck.report.OutputFolder;
import pincheck.report.SuiteReport;
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

    @Option(names = "--design", defaultValue = "linux-6.12", description = "design preset (default ${DEFAULT-VALUE})")
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

    @Option(names = "--out", paramLabel = "DIR", description = "write a folder per counterexample into DIR, as the"
            + " suite does: DIR/PROPERTY/ with trace.md, trace.itf.json, sequence.svg, refcount.svg, MC.tla/MC.cfg,"
            + " MC.als/Scenario.als and a README whose 'pincheck replay' finds the trace again")
    Path out;

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
            d = Presets.checkApplies(s, Inputs.design(preset, settings));
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
        Optional<OutputFolder> folder = Optional.empty();
        if (out != null) {
            try {
                folder = Optional.of(OutputFolder.open(out, false));
            } catch (OutputFolder.Refused e) {
                throw new BadInput(e.getMessage());
            }
        }
        Path work = Files.createTempDirectory("pincheck-");
        // SIGINT, SIGTERM: no finally block runs, so the hook stops TLC and removes its files
        try (WorkDirs.Cleanup cleanup = WorkDirs.onExit(work, !keep);
             CheckProgress progress = CheckProgress.forStderr()) {
            AlloyChecker.Options alloyOpt = AlloyChecker.Options.bound(steps, opt.timeout());
            List<Property> all = List.of(Property.values());
            if (engine.equals("alloy")) {
                progress.engine("Alloy");
                CheckResult r = AlloyChecker.check(s, d, Scaling.DEFAULT, all, AlloyChecker.alloyDir(home),
                        work.resolve("alloy"), alloyOpt);
                progress.close();
                ExitStatus status = ExitStatus.of(r);
                System.out.print(json ? CheckReport.json(s, List.of(r), Optional.empty(), status)
                        : CheckReport.text(s, r));
                return written(s, r, home, folder).orElse(status).code();
            }
            CheckResult tlcResult = TlcChecker.check(TlcChecker.Request.of(s, d, SpecFiles.tlaDir(home),
                            work.resolve("tlc")).withOptions(opt).withRuns(tlcRuns()).withObserver(progress::finished)
                    .withConcurrentLiveness(distributed == 0).withGraph(distributed == 0)
                    .withReduction(symmetry ? StateReduction.VIEW_AND_SYMMETRY : StateReduction.VIEW));
            if (engine.equals("both")) {
                progress.engine("Alloy");
                BothEngines.Result both = BothEngines.compare(semantics(home), s, tlcResult, work.resolve("alloy"),
                        alloyOpt);
                progress.close();
                ExitStatus status = both.status();
                System.out.print(json ? CheckReport.json(s, List.of(both.tlc(), both.alloy()),
                        Optional.of(both.agreement()), status) : CheckReport.bothText(s, both));
                return written(s, both.tlc(), home, folder).orElse(status).code();
            }
            progress.close();
            ExitStatus status = ExitStatus.of(tlcResult);
            System.out.print(json ? CheckReport.json(s, List.of(tlcResult), Optional.empty(), status)
                    : CheckReport.text(s, tlcResult));
            return written(s, tlcResult, home, folder).orElse(status).code();
        } finally {
            if (keep) {
                System.err.println("pincheck: the engines' files are in " + work);
            }
        }
    }

    private static AlloySpec semantics(Path home) throws IOException {
        return AlloySpec.read(AlloyChecker.alloyDir(home));
    }

    /**
     * With --out: each counterexample's folder, as the suite writes it, under DIR/PROPERTY/.
     * Empty when all went well (the check's own exit status stands), else bad input.
     */
    private Optional<ExitStatus> written(Scenario s, CheckResult r, Path home, Optional<OutputFolder> folder) {
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        try {
            java.util.Map<Property, ImmutableMap<String, String>> modules = r.engine().equals(TlcChecker.ENGINE)
                    ? pincheck.suite.Suite.alloyModules(semantics(home), s, r) : java.util.Map.of();
            SuiteReport.Entry e = new SuiteReport.Entry(s, r);
            java.util.Map<String, String> files = new java.util.TreeMap<>();
            for (pincheck.verdict.PropertyResult x : r.results()) {
                x.trace().ifPresent(t -> SuiteReport.artifacts(e, x, t, Optional.ofNullable(modules.get(x.property())))
                        .forEach((name, text) -> files.put(x.property().tlaName() + "/" + name, text)));
            }
            folder.get().write(COMMAND, files);
            // a violation an earlier check wrote here and this one no longer finds
            folder.get().prune(COMMAND, f -> true, files.keySet());
            long folders = files.keySet().stream().map(f -> f.substring(0, f.indexOf('/'))).distinct().count();
            System.err.println("pincheck: " + folders + " counterexample folder" + (folders == 1 ? "" : "s")
                    + " in " + out + (folders == 0 ? " (nothing violated)" : ""));
            return Optional.empty();
        } catch (OutputFolder.Refused e) {
            System.err.println("pincheck: " + e.getMessage());
            return Optional.of(ExitStatus.BAD_INPUT);
        } catch (IOException e) {
            System.err.println("pincheck: cannot write " + out + " (" + e.getMessage() + "); choose another --out folder");
            return Optional.of(ExitStatus.BAD_INPUT);
        }
    }

    /** What the manifest of an --out folder says wrote its files. */
    private static final String COMMAND = "pincheck check --out";

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
