package pincheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** pincheck's command line. Exit codes: 0 all hold, 1 violated, 2 bad input, 3 inconclusive. */
// INHERIT: every subcommand takes --help too, which the usage errors point to
@Command(name = "pincheck", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionInfo.class,
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
                ReplayCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int BAD_INPUT = 2;
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
            System.err.println("pincheck: " + ex.getMessage() + didYouMean(ex) + " (see 'pincheck help" + sub + "')");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            System.err.println("pincheck: internal error: " + ex);
            return 3;
        });
        return cl.execute(args);
    }
}
