package pincheck.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pincheck.design.Presets;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioException;
import pincheck.suite.Reduction;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;
import pincheck.verdict.Verdict;

/** The 'symmetric' declaration: checked before use, fewer states, the same verdicts, never in liveness. */
class SymmetryTest {
    /** Two threads pin one page through iterators of their own and unpin it; mm unmaps it. */
    private static String twoPinners(Function<String, String> release) {
        return """
                scenario two-pinners "two threads pin and release one page"
                page U0 user
                iter a1 iovec U0
                iter a2 iovec U0
                iter b1 iovec U0
                iter b2 iovec U0
                actor t1
                  iov_iter_get_pages a1   @ mm/gup.c:pin_user_pages_fast
                  iov_iter_get_pages a2   @ mm/gup.c:pin_user_pages_fast
                  %s
                  %s
                actor t2
                  iov_iter_get_pages b1   @ mm/gup.c:pin_user_pages_fast
                  iov_iter_get_pages b2   @ mm/gup.c:pin_user_pages_fast
                  %s
                  %s
                actor mm
                  munmap U0
                symmetric t1 t2
                """.formatted(release.apply("a1"), release.apply("a2"), release.apply("b1"), release.apply("b2"));
    }

    private static final Function<String, String> PUT_ITER = it -> "iov_iter_put_pages " + it;
    // Releasing a pin with put_page() at the call site, as unconverted code does.
    private static final Function<String, String> PUT_PAGE = it -> "put_page U0";

    private static final TlcRunner.Options OPT = new TlcRunner.Options(Duration.ofMinutes(2), 1, "");

    private static TlcWatcher.Watched watch(Scenario s, String preset, StateReduction r) throws Exception {
        return TlcWatcher.run(s, Presets.get(preset), Scaling.DEFAULT, Reduction.SAFETY, SpecFiles.tlaDir(Models.home()),
                Files.createTempDirectory("pincheck-sym-"), OPT, r);
    }

    @Test
    void aSoundDeclarationShrinksAHoldingModelAndKeepsItsVerdicts() throws Exception {
        Scenario s = Models.scenario(twoPinners(PUT_ITER));
        TlcWatcher.Watched view = watch(s, "kernel-2023", StateReduction.VIEW);
        TlcWatcher.Watched sym = watch(s, "kernel-2023", StateReduction.VIEW_AND_SYMMETRY);
        assertTrue(view.inconclusive().isEmpty() && sym.inconclusive().isEmpty(), view + " / " + sym);
        assertFalse(view.violated().stream().anyMatch(p -> p.kind() == Property.Kind.PROPERTY), view.toString());
        assertEquals(view.violated(), sym.violated());
        assertTrue(sym.distinct() < view.distinct(), sym.distinct() + " vs " + view.distinct());
    }

    @Test
    void aSoundDeclarationShrinksAViolatingModelAndKeepsItsVerdicts() throws Exception {
        // bias-unconverted: pinned pages released with put_page() -- ReleasedAsTaken breaks.
        Scenario s = Models.scenario(twoPinners(PUT_PAGE));
        TlcWatcher.Watched view = watch(s, "bias-unconverted", StateReduction.VIEW);
        TlcWatcher.Watched sym = watch(s, "bias-unconverted", StateReduction.VIEW_AND_SYMMETRY);
        assertTrue(view.violated().contains(Property.RELEASED_AS_TAKEN), view.toString());
        assertEquals(view.violated(), sym.violated());
        assertTrue(sym.distinct() < view.distinct(), sym.distinct() + " vs " + view.distinct());
    }

    @Test
    void symmetryReachesSafetyRunsOnlyAndItsTracesNameTheActors() throws Exception {
        Scenario s = Models.scenario(twoPinners(PUT_PAGE));
        List<TlaModel> models = new ArrayList<>();
        TlcChecker.Runs recording = (model, specs, dir, opt) -> {
            models.add(model);
            return TlcRunner.run(model, specs, dir, opt);
        };
        CheckResult r = TlcChecker.check(TlcChecker.Request.of(s, Presets.get("bias-unconverted"),
                        SpecFiles.tlaDir(Models.home()), Files.createTempDirectory("pincheck-sym-"))
                .withProperties(List.of(Property.RELEASED_AS_TAKEN, Property.EVENTUALLY_QUIET)).withOptions(OPT)
                .withRuns(recording).withReduction(StateReduction.VIEW_AND_SYMMETRY));
        for (TlaModel m : models) {
            boolean liveness = m.properties().stream().anyMatch(Property::isLiveness);
            assertEquals(!liveness, m.cfg().contains("SYMMETRY Symmetry"), m.cfg());
            assertEquals(!liveness, m.module().contains("sym_t1"), m.module());
        }
        PropertyResult released = r.results().get(0);
        assertEquals(Verdict.VIOLATED, released.verdict(), released.toString());
        // The model values are read back as the scenario's names.
        assertTrue(released.trace().orElseThrow().steps().stream()
                .allMatch(st -> List.of("t1", "t2", "mm", "irq", "workqueue").contains(st.event().actor())), released.toString());
    }

    @Test
    void anUnsoundDeclarationIsRejectedWithItsLine() {
        // t2 releases through put_page where t1 uses iov_iter_put_pages: not the same program.
        String text = twoPinners(PUT_ITER).replace("iov_iter_put_pages b2", "put_page U0");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Models.scenario(text));
        assertEquals(19, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("test.pin:19: symmetric actors 't1' and 't2' differ at call 4"),
                e.getMessage());
        assertTrue(e.detail().contains("; "), e.getMessage());
    }

    @Test
    void renamingAPageOrSharingAnIteratorWronglyIsRejected() {
        String pages = twoPinners(PUT_ITER).replace("iter b2 iovec U0", "page U1 user\niter b2 iovec U1");
        assertThrows(ScenarioException.class, () -> Models.scenario(pages));
        String noActor = twoPinners(PUT_ITER).replace("symmetric t1 t2", "symmetric t1 t3");
        assertTrue(assertThrows(ScenarioException.class, () -> Models.scenario(noActor)).getMessage()
                .contains("'t3' is not an actor"));
        String once = twoPinners(PUT_ITER).replace("symmetric t1 t2", "symmetric t1");
        assertThrows(ScenarioException.class, () -> Models.scenario(once));
    }

    @Test
    void modelsWithoutSymmetryAreByteIdenticalToTheCommittedOnes() throws Exception {
        Path committed = Models.home().resolve("counterexamples");
        List<Path> cfgs;
        try (Stream<Path> files = Files.walk(committed)) {
            cfgs = files.filter(f -> f.getFileName().toString().equals("MC.cfg")).sorted().toList();
        }
        assertFalse(cfgs.isEmpty());
        for (Path cfg : cfgs) {
            Path folder = cfg.getParent();
            String scenario = committed.relativize(folder).getName(0).toString();
            if (scenario.equals("claims")) {
                continue;
            }
            String design = folder.getParent().getFileName().toString();
            Scenario s = Models.builtIn(scenario).withFile("specs/scenarios/" + scenario + ".pin");
            String cfgText = Files.readString(cfg);
            List<Property> properties = cfgText.lines().filter(l -> l.startsWith("INVARIANT ") || l.startsWith("PROPERTY "))
                    .map(l -> l.substring(l.indexOf(' ') + 1)).filter(n -> !n.equals("TypeOK"))
                    .map(n -> Property.fromTlaName(n).orElseThrow()).toList();
            List<StateReduction> modes = s.symmetry().isEmpty()
                    ? List.of(StateReduction.VIEW, StateReduction.VIEW_AND_SYMMETRY) : List.of(StateReduction.VIEW);
            for (StateReduction mode : modes) {
                TlaModel m = TlaEmitter.emit(s, Presets.get(design), Scaling.DEFAULT, properties, mode);
                assertEquals(Files.readString(folder.resolve("MC.tla")), m.module(), folder + " " + mode);
                assertEquals(cfgText, m.cfg(), folder + " " + mode);
            }
        }
    }
}
