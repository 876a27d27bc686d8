package pincheck.tla;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Parses a generated model with SANY (TLA+'s front end) in its own JVM, without model checking it. */
public final class Sany {
    /** Whether it parsed, and SANY's own words. */
    public record Parse(boolean ok, String output) {}

    private Sany() {}

    public static Parse parse(TlaModel model, Path specsDir, Path dir) throws IOException {
        SpecFiles.writeModel(model, specsDir, dir);
        Path out = dir.resolve("sany.out");
        // a short TLC JVM's flags and class path, so SANY maps the same class-data archive
        List<String> cmd = new ArrayList<>(TlcJvm.java(TlcRunner.Options.DEFAULT, Optional.empty(), dir.resolve("tmp")));
        cmd.addAll(List.of("-cp", TlcClassPath.argument(), "tla2sany.SANY", TlaModel.MODULE_NAME + ".tla"));
        Process p = new ProcessBuilder(cmd)
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Parse(false, "SANY did not finish within 2 minutes");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while SANY was running", e);
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        // SANY exits 0 even on some semantic errors; its text says so.
        boolean ok = p.exitValue() == 0 && !text.contains("*** Errors") && !text.contains("Could not parse");
        return new Parse(ok, text);
    }
}
