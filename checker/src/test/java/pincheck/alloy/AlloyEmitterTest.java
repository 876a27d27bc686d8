package pincheck.alloy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import pincheck.design.Design;
import pincheck.design.Knob;
import pincheck.design.KnobValue;
import pincheck.design.Presets;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.scenario.Actor;
import pincheck.scenario.Call;
import pincheck.scenario.Kernel;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioParser;
import pincheck.tla.Models;

/** The glue AlloyEmitter writes and what it refuses, without a solver. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlloyEmitterTest {
    private AlloySpec semantics;

    @BeforeAll
    void load() throws Exception {
        semantics = AlloySpec.read(AlloyChecker.alloyDir(Models.home()));
    }

    private AlloyModel emit(AlloySpec sem, Scenario s, String preset) throws Exception {
        return AlloyEmitter.emit(sem, s, Presets.get(preset), Scaling.DEFAULT, List.of(Property.NO_UNDERFLOW), 10);
    }

    /** The generated part of a model: Scenario.als, then MC.als without its check. */
    private String glue(AlloyModel m) {
        assertTrue(m.root().contains("\nopen Pinning\n"), m.root());
        assertTrue(m.scenario().startsWith("module Scenario\n"), m.scenario());
        return m.scenario() + m.root();
    }

    @Test
    void theCallsPredDecidesWhatIsMirroredAndWhichPredRunsEachCall() {
        Map<String, String> preds = MirroredCalls.in(semantics.pinning());
        // the gup family through IterTakeOps, the 2019 name of unpin_user_page through its alias
        assertEquals("gup", preds.get("iov_iter_get_pages2"));
        assertEquals("gup", preds.get("iov_iter_extract_pages"));
        assertEquals("gup", preds.get("pin_user_pages_fast"));
        assertEquals("gup", preds.get("get_user_pages"));
        assertEquals("unpin_user_page", preds.get("put_user_page"));
        assertEquals("bio_iov_iter_get_pages", preds.get("bio_iov_iter_get_pages"));
        assertEquals("bio_add_page", preds.get("bio_add_page"));
        assertFalse(preds.containsKey("fs_zero"), preds.toString());
        assertEquals(Map.of(), MirroredCalls.in("module M\npred Other[a: Actor, l: Line] { }\n"));
    }

    @Test
    void everyCallOfTheBuiltInScenariosIsMirrored() throws Exception {
        Map<String, String> preds = MirroredCalls.in(semantics.pinning());
        try (Stream<Path> files = Files.list(Models.home().resolve("specs/scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pin")).toList()) {
                for (Actor a : ScenarioParser.parse(f).actors()) {
                    for (Call c : a.calls()) {
                        assertTrue(preds.containsKey(c.op().cName()), f + ":" + c.line() + ": " + c.op().cName());
                    }
                }
            }
        }
    }

    @Test
    void aCallTheModuleDoesNotDispatchIsRefusedWithItsLineUnderTheKernelsThatMakeIt() throws Exception {
        AlloySpec without = semantics.withPinning(semantics.pinning()
                .replace("else l.op = \"folio_add_pin\" => folio_add_pin[a, l, x]\n", ""));
        assertNotEquals(semantics, without);
        Scenario dio = Models.builtIn("dio-zero-page");
        Unsupported e = assertThrows(Unsupported.class, () -> emit(without, dio, "linux-6.12"));
        int line = dio.actors().get(0).calls().stream().filter(c -> c.op().cName().equals("folio_add_pin"))
                .findFirst().orElseThrow().line();
        assertTrue(e.getMessage().startsWith(dio.file() + ":" + line + ": folio_add_pin (actor dio) is not mirrored"),
                e.getMessage());
        // linux-6.1 runs get_page there: its program has no folio_add_pin
        assertDoesNotThrow(() -> emit(without, dio, "linux-6.1"));
    }

    @Test
    void theGlueHoldsTheProgramAsTheDesignsKernelRunsIt() throws Exception {
        Scenario dio = Models.builtIn("dio-zero-page");
        String on612 = glue(emit(semantics, dio, "linux-6.12"));
        String on61 = glue(emit(semantics, dio, "linux-6.1"));
        assertTrue(on612.contains("fun KERNEL: KernelCode { kernel_6_12 }"), on612);
        assertTrue(on612.contains("gup[o_dio, L1_dio, o_it]"), on612);
        // a flag word is the atom Pinning.als declares, not a scenario object
        assertTrue(on612.contains("bio_set_flag[o_dio, L2_dio, o_b, BIO_PAGE_PINNED]"), on612);
        assertTrue(on612.contains("\"fs_zero\""), "ZERO_PAGE the filesystem takes is a token");
        assertTrue(on61.contains("fun KERNEL: KernelCode { kernel_6_1 }"), on61);
        assertFalse(on61.contains("bio_set_flag["), on61);
        assertFalse(on61.contains("legacy"), on61);
        // tokens: the GUP's two, then the bio_add_page of U0 names the first
        assertTrue(on612.contains("L1_dio -> 0 -> T1_1_dio + L1_dio -> 1 -> T1_2_dio"), on612);
        assertTrue(on612.contains("L3_dio -> 0 -> T1_1_dio"), on612);
        // ZERO_PAGE the filesystem adds after the data pages rests on the data GUP's first reference
        // (References: fs/direct-io.c zeroes a block only once dio_refill_pages got its pages)
        assertTrue(on612.contains("L9_dio -> 0 -> T9_1_dio"), on612);
        assertTrue(on612.contains("T9_1_dio -> T1_1_dio"), on612);
        assertTrue(on61.contains("T8_1_dio -> T1_1_dio"), on61);
    }

    @Test
    void everyKnobValueAndKernelHasItsAtomInTheModule() {
        for (Knob k : Knob.values()) {
            for (KnobValue v : k.options()) {
                Design d = assertDoesNotThrow(() -> Presets.get("linux-6.12").with(k, v.value()));
                String glue = assertDoesNotThrow(() -> AlloyEmitter.emit(semantics,
                        Models.scenario(Models.USER_AND_ZERO), d, Scaling.DEFAULT, List.of(), 10)).scenario();
                Pattern fun = Pattern.compile("fun " + k.tlaConstant() + ": \\w+ \\{ (\\w+) \\}");
                var m = fun.matcher(glue);
                assertTrue(m.find(), k.tlaConstant());
                assertTrue(Pattern.compile("one sig [^{]*\\b" + m.group(1) + "\\b[^{]*extends").matcher(semantics.objects())
                        .find(), k.key() + "=" + v.value() + " has no atom " + m.group(1) + " in Objects.als");
            }
        }
        for (Kernel k : Kernel.values()) {
            assertTrue(semantics.objects().contains(AlloyEmitter.kernel(k)), k.token());
        }
    }

    @Test
    void aCallWhoseTokensNameAPageTwiceIsRefusedWithItsLine() throws Exception {
        Scenario twice = Models.scenario("""
                scenario twice "two iovecs in one page"
                kernel 6.12
                page U0 user
                iter it iovec U0 U0
                actor a
                  iov_iter_extract_pages it
                """);
        Unsupported e = assertThrows(Unsupported.class, () -> emit(semantics, twice, "linux-6.12"));
        assertTrue(e.getMessage().startsWith("test.pin:6: iov_iter_extract_pages it takes two references on page U0"
                + " in one step"), e.getMessage());
        // one iterator taken twice, then released at once: two unpins of U0 in one step
        Scenario again = Models.scenario("""
                scenario again "one iterator pinned twice, unpinned at once"
                kernel 6.12
                page U0 user
                iter it iovec U0
                actor a
                  pin_user_pages it
                  pin_user_pages it
                  unpin_user_pages it
                """);
        e = assertThrows(Unsupported.class, () -> emit(semantics, again, "linux-6.12"));
        assertTrue(e.getMessage().startsWith("test.pin:8: unpin_user_pages it releases two references on page U0"),
                e.getMessage());
    }

    @Test
    void twoIovecsInOnePageAreRefusedAndAPartOfAPageKeepsItsBytes() throws Exception {
        // bvec-same-page: one GUP takes P twice and the bio merges the two into one bvec
        Scenario same = Models.builtIn("bvec-same-page");
        Unsupported e = assertThrows(Unsupported.class, () -> emit(semantics, same, "linux-6.12"));
        assertTrue(e.getMessage().contains(": bio_iov_iter_get_pages b it takes two references on page P in one step"),
                e.getMessage());
        // half a page in a bio: the entry's bytes are a constant of the glue, for the traces
        Scenario half = Models.scenario("""
                scenario half "half a page in a bio"
                kernel 6.12
                page U0 user
                iter it iovec U0[2048,2048]
                bio b write end_io e
                actor a
                  bio_iov_iter_get_pages b it
                  submit_bio b
                """);
        String glue = glue(emit(semantics, half, "linux-6.12"));
        assertTrue(glue.contains("fact EntryBytes { partOff = o_b -> o_U0 -> 2 and partLen = o_b -> o_U0 -> 2 }"), glue);
    }

    @Test
    void aPageTakenTwiceByTwoCallsIsTwoReferencesTheMirrorStates() throws Exception {
        // the references are tokens: each call takes and releases one, no fold sees U0 twice
        Scenario twice = Models.scenario("""
                scenario twice "one page pinned by two calls, unpinned one by one"
                kernel 6.12
                page U0 user
                iter i1 iovec U0
                iter i2 iovec U0
                actor a
                  pin_user_pages i1
                  pin_user_pages i2
                  unpin_user_page U0
                  unpin_user_page U0
                """);
        String glue = glue(emit(semantics, twice, "linux-6.12"));
        assertTrue(glue.contains("L3_a -> 0 -> T1_1_a + L4_a -> 0 -> T2_1_a"), glue);
    }

    @Test
    void aFillOnlyOneKernelMakesIsRefusedOnlyUnderThatKernel() throws Exception {
        Scenario s = Models.scenario("""
                scenario guarded "6.1 adds the buffer page twice"
                kernel 6.1 6.12
                page K0 kernel
                bio b write end_io e
                actor a
                  bio_add_page b K0
                  6.1: bio_add_page b K0
                  submit_bio b
                """);
        Unsupported e = assertThrows(Unsupported.class, () -> emit(semantics, s, "linux-6.1"));
        assertTrue(e.getMessage().startsWith("test.pin:7: page K0 goes into bio b (line 6) and again (line 7)"),
                e.getMessage());
        assertDoesNotThrow(() -> emit(semantics, s, "linux-6.12"));
    }
}
