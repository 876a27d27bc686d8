package pincheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pincheck.design.Design;
import pincheck.design.DesignException;
import pincheck.report.JsonFiles;
import pincheck.report.OutputFolder;
import pincheck.scenario.ScenarioException;
import pincheck.suite.Scale;
import pincheck.tla.TlcJvm;
import pincheck.tla.TlcRunner;

@Command(name = "scale", description = "Grow a scenario one dimension at a time (pins, pages, bios) and record distinct "
        + "states and time until a run exceeds the time limit; writes counterexamples/scale-SCENARIO.json.")
final class ScaleCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "a built-in scenario name or a .pin file")
    String scenario;

    @Option(names = "--design", defaultValue = "linux-6.12", description = "design preset (default ${DEFAULT-VALUE})")
    String preset;

    @Option(names = "--dimension", paramLabel = "DIM", description = "pins, pages or bios (default: all three)")
    List<Scale.Dimension> dimensions = new ArrayList<>();

    @Option(names = "--max-steps", defaultValue = "8", description = "largest growth step (default ${DEFAULT-VALUE})")
    int maxSteps;

    @Option(names = "--timeout", defaultValue = "120", description = "seconds per TLC run; the first run over it "
            + "ends the dimension (default ${DEFAULT-VALUE})")
    long timeout;

    @Option(names = "--out", description = "output folder (default: counterexamples/ of the checkout)")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path home;
        Design d;
        try {
            home = Inputs.home();
            d = Inputs.design(preset, List.of());
        } catch (DesignException e) {
            System.err.println("pincheck: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Path file = scenario.endsWith(BuiltIn.EXTENSION) ? Path.of(scenario)
                : home.resolve("specs").resolve("scenarios").resolve(scenario + BuiltIn.EXTENSION);
        if (!Files.isRegularFile(file)) {
            System.err.println("pincheck: no scenario " + file + "; name a built-in scenario (see 'pincheck list') "
                    + "or a .pin file");
            return Main.BAD_INPUT;
        }
        String name = file.getFileName().toString().replace(BuiltIn.EXTENSION, "");
        List<Scale.Dimension> dims = dimensions.isEmpty() ? List.of(Scale.Dimension.values()) : dimensions;
        // Growing models search for longer: the long-run JVM profile, TLC's default heap.
        TlcRunner.Options opt = new TlcRunner.Options(Duration.ofSeconds(timeout), 1, "", TlcJvm.Profile.LONG);
        System.out.printf(Locale.ROOT, "%-10s %3s %5s %6s %4s %10s %9s %6s %8s %8s%n", "dimension", "k", "pages",
                "actors", "bios", "generated", "distinct", "depth", "tlc s", "wall s");
        List<Object> rows = new ArrayList<>();
        try {
            for (Scale.Dimension dim : dims) {
                for (Scale.Step st : Scale.grow(file, d, dim, maxSteps, home, opt, st -> System.out.printf(
                        Locale.ROOT, "%-10s %3d %5d %6d %4d %10d %9d %6d %8.2f %8.2f%s%n",
                        st.dimension().name().toLowerCase(), st.k(), st.pages(), st.actors(), st.bios(),
                        st.run().generated().orElse(0), st.run().distinct().orElse(0), st.run().depth().orElse(0),
                        st.run().engineMillis().orElse(0) / 1000.0, st.run().wallSeconds(),
                        st.finished() ? "" : "  (" + st.run().kind() + ", not exhaustive)"))) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("dimension", st.dimension().name().toLowerCase());
                    r.put("k", st.k());
                    r.put("pages", st.pages());
                    r.put("actors", st.actors());
                    r.put("bios", st.bios());
                    r.put("exhaustive", st.finished());
                    r.put("outcome", st.run().kind().name());
                    r.put("generated", st.run().generated().orElse(0));
                    r.put("distinct", st.run().distinct().orElse(0));
                    r.put("depth", st.run().depth().orElse(0));
                    r.put("tlc_seconds", st.run().engineMillis().orElse(0) / 1000.0);
                    r.put("wall_seconds", BenchCommand.round(st.run().wallSeconds()));
                    rows.add(r);
                }
            }
        } catch (ScenarioException e) {
            System.err.println("pincheck: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "pincheck.scale/1");
        doc.put("scenario", name);
        doc.put("design", d.name());
        doc.put("timeout_seconds", timeout);
        doc.put("java", System.getProperty("java.version"));
        doc.put("cores", Runtime.getRuntime().availableProcessors());
        doc.put("steps", rows);
        OutputFolder folder;
        try {
            folder = Inputs.outputFolder(out, home, false);
        } catch (DesignException e) {
            System.err.println("pincheck: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (!Inputs.written(folder, "scale", Map.of("scale-" + name + ".json", JsonFiles.write(doc)))) {
            return Main.BAD_INPUT;
        }
        System.err.println("scale: results in " + folder.root().resolve("scale-" + name + ".json"));
        return 0;
    }
}
