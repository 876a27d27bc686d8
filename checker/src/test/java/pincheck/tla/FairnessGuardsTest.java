package pincheck.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pincheck.design.Presets;
import pincheck.design.Scaling;
import pincheck.scenario.Scenario;

/**
 * Pinning.tla's Fairness reads each step's guard (CanStep, EndIoReady, WorkReady) for ENABLED and
 * the event it records for the step itself. TLC checks both equivalences (FairnessGuards, StepsNamed)
 * on every reachable state and step of a model where every guard is false in some state and true in
 * another (GUARDS), and of three built-in paths; a guard hidden inside a step, or a step recording
 * another's event, is caught. A wrong arm of Ready itself changes ActorStep alike; the witness
 * catches one that never blocks.
 */
class FairnessGuardsTest {
    /** Every kind of call that can wait, a merge (a bio in flight that heads no request) and a deferred release. */
    static final String GUARDS = """
            scenario guards "every call that waits, a deferred release and a request of two bios"
            kernel 6.1
            page F pagecache stable
            page K kernel
            iter buf iovec dest F
            bio r  read  end_io e deferred as-taken
            bio w  write end_io e no-release
            bio w2 write end_io e no-release
            actor dio
              bio_iov_iter_get_pages r buf
              submit_bio r
              wait_for_completion r
            actor wb
              page_mkclean F
              writepage F
              end_page_writeback F
            actor meta
              bio_add_page w K
              bio_add_page w2 K
              page_mkclean F
            actor sub
              submit_bio w
              submit_bio w2
              iov_iter_get_pages2 buf
              truncate F
            """;

    private static final String MARK = "pincheck-waits";
    // Prints, in each state, each guard's value: an actor's next call, a bio in flight (a merged one
    // cannot complete alone), a bio's queued release; the test sees every guard both false and true.
    private static final String WITNESS = """
            Is(g) == IF g THEN "runs" ELSE "waits"
            Witness ==
                /\\ \\A a \\in Actors : pc[a] <= Len(Prog[a]) => PrintT(<<"%1$s", Prog[a][pc[a]].op, Is(CanStep(a))>>)
                /\\ \\A b \\in Bios : bio[b].state = "inflight" => PrintT(<<"%1$s", "bio_endio", Is(EndIoReady(b))>>)
                /\\ \\A b \\in Bios : PrintT(<<"%1$s", "process_one_work", Is(WorkReady(b))>>)
            """.formatted(MARK);
    private static final Pattern PRINTED = Pattern.compile("<<\"" + MARK + "\", \"(\\w+)\", \"(runs|waits)\">>");
    private static final TlcRunner.Options OPT = new TlcRunner.Options(Duration.ofMinutes(2), 1, "");

    /** The model checking both equivalences and printing the witnesses, on the whole state (no VIEW). */
    private static TlaModel model(Scenario s, String preset) throws Exception {
        TlaModel m = TlaEmitter.emit(s, Presets.get(preset), Scaling.DEFAULT, List.of());
        String module = replaceOnce(m.module(), "====\n", WITNESS + "\n====\n");
        String cfg = replaceOnce(m.cfg(), "VIEW View\n", "")
                + "INVARIANT FairnessGuards\nINVARIANT Witness\nPROPERTY StepsNamed\n";
        return new TlaModel(module, cfg, m.properties());
    }

    private static TlcRunner.RawRun run(Scenario s, String preset, UnaryOperator<String> pinning) throws Exception {
        Path specs = Files.createTempDirectory("pincheck-guards-specs-");
        Path home = SpecFiles.tlaDir(Models.home());
        for (String module : SpecFiles.TLA_MODULES) {
            String text = Files.readString(home.resolve(module), StandardCharsets.UTF_8);
            Files.writeString(specs.resolve(module), module.equals("Pinning.tla") ? pinning.apply(text) : text,
                    StandardCharsets.UTF_8);
        }
        return TlcRunner.run(model(s, preset), specs, Files.createTempDirectory("pincheck-guards-"), OPT);
    }

    /** The guards printed with the given value. */
    private static Set<String> printed(TlcRunner.RawRun raw, String value) {
        Set<String> seen = new TreeSet<>();
        Matcher m = PRINTED.matcher(raw.output());
        while (m.find()) {
            if (m.group(2).equals(value)) {
                seen.add(m.group(1));
            }
        }
        return seen;
    }

    @Test
    void everyGuardIsTheStepsEnabledness() throws Exception {
        TlcRunner.RawRun raw = run(Models.scenario(GUARDS), "linux-6.1", UnaryOperator.identity());
        assertEquals(0, raw.exitCode(), raw.output());
        assertTrue(raw.output().contains("Model checking completed. No error has been found."), raw.output());
        Set<String> guarded = Set.of("bio_iov_iter_get_pages", "iov_iter_get_pages2", "submit_bio", "wait_for_completion",
                "page_mkclean", "truncate", "bio_endio", "process_one_work");
        assertEquals(guarded, printed(raw, "waits"), "each guard false somewhere");
        assertTrue(printed(raw, "runs").containsAll(guarded), "each guard true somewhere: " + printed(raw, "runs"));
    }

    @ParameterizedTest
    @CsvSource({"dio-zero-page, linux-6.12", "pin-overflow, pre-2019", "writeback-race-stable, linux-6.12"})
    void theEquivalencesHoldOnBuiltInPaths(String scenario, String preset) throws Exception {
        TlcRunner.RawRun raw = run(Models.builtIn(scenario), preset, UnaryOperator.identity());
        assertEquals(0, raw.exitCode(), raw.output());
        assertTrue(raw.output().contains("Model checking completed. No error has been found."), raw.output());
    }

    @Test
    void aGuardInsideAStepAndNotInReadyIsCaught() throws Exception {
        UnaryOperator<String> hidden = text -> replaceOnce(
                replaceOnce(text, "wait_for_completion(a, c) == Commit(a, c, World, bio)",
                        "wait_for_completion(a, c) == bio[c.args[1]].state = \"done\" /\\ Commit(a, c, World, bio)"),
                "[] c.op = \"wait_for_completion\"                   -> bio[c.args[1]].state = \"done\"\n", "");
        TlcRunner.RawRun raw = run(Models.scenario(GUARDS), "linux-6.1", hidden);
        assertTrue(raw.output().contains("Invariant FairnessGuards is violated."), raw.output());
    }

    @Test
    void aStepRecordingAnothersEventIsCaught() throws Exception {
        UnaryOperator<String> misnamed = text -> replaceOnce(text,
                "ev' = [actor |-> \"workqueue\", call |-> \"process_one_work\"",
                "ev' = [actor |-> \"irq\", call |-> \"process_one_work\"");
        TlcRunner.RawRun raw = run(Models.scenario(GUARDS), "linux-6.1", misnamed);
        assertTrue(raw.output().contains("Action property StepsNamed is violated."), raw.output());
    }

    private static String replaceOnce(String text, String what, String with) {
        assertEquals(1, text.split(Pattern.quote(what), -1).length - 1, "expected once in Pinning.tla: " + what);
        return text.replace(what, with);
    }
}
