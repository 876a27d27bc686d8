package pincheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import pincheck.design.Design;
import pincheck.design.DesignException;
import pincheck.design.Presets;
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

    /** The output folder: --out, or the checkout's counterexamples/; created, and checked writable. */
    static Path outputFolder(Path out, Path home) throws DesignException {
        Path target = out != null ? out : home.resolve("counterexamples");
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new DesignException("cannot write " + target + " (" + e.getMessage()
                    + "); choose another folder with --out");
        }
        if (!Files.isWritable(target)) {
            throw new DesignException("cannot write " + target + "; choose another folder with --out");
        }
        return target;
    }
}
