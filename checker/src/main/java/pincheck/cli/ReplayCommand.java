package pincheck.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import pincheck.design.DesignException;
import pincheck.report.Itf;
import pincheck.report.JsonFiles;
import pincheck.suite.WorkDirs;
import pincheck.tla.SpecFiles;
import pincheck.tla.TlaModel;
import pincheck.tla.TlcRunner;
import pincheck.tla.TlcTraceReader;
import pincheck.tla.out.TlcOutcome;
import pincheck.tla.out.TlcOutput;
import pincheck.trace.Narration;
import pincheck.trace.Trace;

/**
 * Runs TLC again on a counterexample folder's MC.tla and MC.cfg over this checkout's
 * specs/tla, and compares the trace it finds with the folder's trace.itf.json state by state.
 */
@Command(name = "replay", description = "Run TLC again on a counterexample folder (MC.tla, MC.cfg) and say whether"
        + " it finds the trace of its trace.itf.json; exit 0 the same trace, 1 another or none")
final class ReplayCommand implements Callable<Integer> {
    static final String ITF = "trace.itf.json";

    @Parameters(index = "0", paramLabel = "DIR", description = "a folder written by check --out or suite")
    Path folder;

    @Mixin
    TlcOptions tlc = new TlcOptions();

    @Override
    public Integer call() {
        String module;
        String cfg;
        Object recorded;
        Path home;
        TlcRunner.Options opt;
        try {
            home = Inputs.home();
            opt = tlc.options();
            module = read(TlaModel.MODULE_NAME + ".tla");
            cfg = read(TlaModel.MODULE_NAME + ".cfg");
            recorded = JsonFiles.plain(read(ITF), folder.resolve(ITF).toString());
        } catch (DesignException e) {
            System.err.println("pincheck: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (JsonFiles.BadFile e) {
            System.err.println("pincheck: " + e.getMessage() + "; replay a folder pincheck wrote");
            return Main.BAD_INPUT;
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("pincheck-replay-");
            TlcRunner.RawRun raw = TlcRunner.run(new TlaModel(module, cfg, ImmutableList.of()),
                    SpecFiles.tlaDir(home), work, opt);
            TlcOutcome out = TlcOutput.interpret(raw.output(), raw.exitCode());
            if (raw.timedOut()) {
                System.err.println("pincheck: inconclusive: timeout: TLC did not finish within "
                        + opt.timeout().toSeconds() + " s");
                return 3;
            }
            if (out.kind() != TlcOutcome.Kind.INVARIANT_VIOLATED && out.kind() != TlcOutcome.Kind.LIVENESS_VIOLATED) {
                if (out.kind() == TlcOutcome.Kind.SUCCESS) {
                    System.out.println("TLC finds no counterexample with " + SpecFiles.tlaDir(home)
                            + ": the folder does not reproduce (were the specs changed since it was written?)");
                    return 1;
                }
                System.err.println("pincheck: inconclusive: TLC " + out.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + out.reason().or(out::errorText).map(r -> ": " + r.strip().lines().findFirst().orElse(""))
                        .orElse(""));
                return 3;
            }
            Trace t = TlcTraceReader.readLasso(out.trace(), out.loopBackTo());
            Narration.lines(t).forEach(System.out::println);
            Map<?, ?> found = (Map<?, ?>) JsonFiles.plain(Itf.of(t, "", ""), "the replayed trace");
            Map<?, ?> was = (Map<?, ?>) recorded;
            String what = out.violatedProperty().map(p -> "invariant " + p).orElse("the temporal property");
            for (String key : new String[] {"vars", "loop", "states"}) {
                if (!java.util.Objects.equals(found.get(key), was.get(key))) {
                    System.out.println("TLC violates " + what + " with a different trace (" + t.steps().size()
                            + " steps; " + key + " differ from " + ITF + ")");
                    return 1;
                }
            }
            System.out.println("TLC violates " + what + " with the same trace as " + ITF + ": "
                    + (t.steps().size() + 1) + " states, every variable equal");
            return 0;
        } catch (IOException | JsonFiles.BadFile | IllegalStateException e) {
            System.err.println("pincheck: inconclusive: cannot replay " + folder + ": " + e.getMessage());
            return 3;
        } finally {
            if (work != null) {
                WorkDirs.delete(work);
            }
        }
    }

    private String read(String name) throws DesignException {
        Path p = folder.resolve(name);
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DesignException(p + ": no such file; replay a folder written by 'pincheck check --out' or"
                    + " 'pincheck suite'");
        } catch (IOException e) {
            throw new DesignException("cannot read " + p + " (" + e.getMessage() + ")");
        }
    }
}
