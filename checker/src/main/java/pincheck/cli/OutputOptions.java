package pincheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import pincheck.design.DesignException;

/** Where the commands that check many models write, and how many they check at once. */
final class OutputOptions {
    @Option(names = "--out", description = "output folder (default: counterexamples/ of the checkout)")
    Path out;

    @Option(names = "--jobs", defaultValue = "2", description = "models checked at once (default ${DEFAULT-VALUE})")
    int jobs;

    /** The output folder, created and checked writable. */
    Path folder(Path home) throws DesignException {
        return Inputs.outputFolder(out, home);
    }
}
