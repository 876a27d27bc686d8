package pincheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import pincheck.design.DesignException;
import pincheck.report.OutputFolder;

/** Where the commands that check many models write, and how many they check at once. */
final class OutputOptions {
    @Option(names = "--out", description = "output folder (default: counterexamples/ of the checkout)")
    Path out;

    @Option(names = "--jobs", defaultValue = "2", description = "models checked at once (default ${DEFAULT-VALUE})")
    int jobs;

    @Option(names = "--allow-other-files", description = "write into an --out that also holds files pincheck did"
            + " not write (they are never touched)")
    boolean allowOthers;

    /** The output folder, created, checked writable and free of other files (unless allowed). */
    OutputFolder folder(Path home) throws DesignException {
        return Inputs.outputFolder(out, home, allowOthers);
    }
}
