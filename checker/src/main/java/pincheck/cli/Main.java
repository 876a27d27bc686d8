package pincheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import pincheck.report.CheckReport;
import pincheck.verdict.ExitStatus;

/** pincheck's command line. Exit statuses: {@link ExitStatus}. */
// INHERIT: every subcommand takes --help too, which the usage errors point to
@Command(name = "pincheck", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionInfo.class, footer = {"", ExitStatus.HELP},
        description = "Model checker for the Linux kernel's page-pinning designs.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every property holds (TLC finished an exhaustive run), or the command succeeded",
            "1:a property is violated (check), or results differ from the committed ones",
            "2:bad input: scenario, preset, knob, option or output folder (one line says which)",
            "3:inconclusive: timeout, crash, out of memory or a tool error (the reason is printed)",
            "4:TLC and Alloy disagree (--engine both, suite)"},
        subcommands = {CheckCommand.class, ListCommand.class, SuiteCommand.class, BenchCommand.class, ScaleCommand.class,
                PaperCommand.class, ClaimsCommand.class, SweepCommand.class, ReductionCommand.class,
                ReplayCommand.class, AuditCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int BAD_INPUT = ExitStatus.BAD_INPUT.code();
    /** Also part of every cached result's key: a new pincheck may read the engines differently. */
    public static final String VERSION = "0.1";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** For a mistyped subcommand: the closest one's name, else "". */
    private static String didYouMean(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return "";
        }
        String word = u.getUnmatched().get(0);
        if (word.startsWith("-")) {
            return pincheck.scenario.Suggest.hint(word, ex.getCommandLine().getCommandSpec().optionsMap().keySet());
        }
        return pincheck.scenario.Suggest.hint(word, ex.getCommandLine().getSubcommands().keySet());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command; usage errors are one line and exit 2, never a stack trace. */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            String sub = ex.getCommandLine() == cl ? "" : " " + ex.getCommandLine().getCommandName();
            String message = ex.getMessage() + didYouMean(ex) + " (see 'pincheck help" + sub + "')";
            System.err.println("pincheck: " + message);
            if (sub.equals(" check") && java.util.Arrays.asList(a).contains("--json")) {
                // check --json answers every outcome with its document, a mistyped option too
                System.out.print(CheckReport.jsonError(ExitStatus.BAD_INPUT, message, java.util.Optional.empty(),
                        java.util.Optional.empty()));
            }
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            System.err.println("pincheck: inconclusive: " + failure(ex));
            return ExitStatus.INCONCLUSIVE.code();
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli hands on Errors: out of memory anywhere is inconclusive, never a stack trace
            System.err.println("pincheck: inconclusive: " + failure(e));
            return ExitStatus.INCONCLUSIVE.code();
        }
    }

    /** What went wrong in pincheck's own JVM, in a line, with what to do about it. */
    static String failure(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory in pincheck (" + e.getMessage() + "; " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB heap): give it more with JAVA_TOOL_OPTIONS=-Xmx8g, or make the scenario smaller"
                    + " (fewer symmetric actors)";
        }
        if (e instanceof StackOverflowError) {
            return "stack overflow in pincheck: make the scenario or the bound smaller";
        }
        return "internal error: " + e;
    }
}
