package pincheck.cli;

import java.nio.file.Path;
import java.util.List;
import pincheck.design.Design;
import pincheck.design.DesignException;
import pincheck.design.Presets;
import pincheck.report.OutputFolder;
import pincheck.tla.SpecFiles;

/** Resolving what the user named: the design, the checkout's specs/. */
final class Inputs {
    private Inputs() {}

    static Design design(String preset, List<String> settings) throws DesignException {
        return Presets.override(Presets.get(preset), settings);
    }

    static Path home() throws DesignException {
        return SpecFiles.home().orElseThrow(() -> new DesignException(
                "cannot find specs/tla; run pincheck from its checkout or set -Dpincheck.home"));
    }

    /** Writes a command's files into the folder; false after the one-line error when one is not pincheck's. */
    static boolean written(OutputFolder folder, String command, java.util.Map<String, String> files)
            throws java.io.IOException {
        try {
            folder.write(command, files);
            return true;
        } catch (OutputFolder.Refused e) {
            System.err.println("pincheck: " + e.getMessage());
            return false;
        }
    }

    /**
     * The output folder: --out, or the checkout's counterexamples/; created, checked writable and
     * refused when it holds files pincheck did not write, unless they are allowed.
     */
    static OutputFolder outputFolder(Path out, Path home, boolean allowOthers) throws DesignException {
        if (out != null && out.toString().isBlank()) {
            throw new DesignException("--out '" + out + "' names no folder; give one, e.g. --out results");
        }
        try {
            return OutputFolder.open(out != null ? out : home.resolve("counterexamples"), allowOthers);
        } catch (OutputFolder.Refused e) {
            throw new DesignException(e.getMessage());
        }
    }
}
