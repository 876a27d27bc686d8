package pincheck.alloy.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import pincheck.alloy.run.AlloyOutcome.Kind;

/** A root module with the modules it opens beside it, as the generated MC.als opens Pinning.als. */
class OpenedModulesTest {
    // the root opens Lib, which declares the sig and the fun the check reads
    private static final String ROOT = "module Root\nopen Lib\ncheck Small { #Item < few } for 3\n";
    private static final String LIB = "module Lib\nsig Item {}\nfun few: Int { 2 }\n";

    private static AlloyRequest request(Map<String, String> opened) {
        return AlloyRequest.check("Small").withSourceName("Root.als").withOpened(opened);
    }

    @Test
    void theRootReadsWhatAnOpenedModuleDeclares() {
        AlloyOutcome out = AlloyRunner.run(ROOT, request(Map.of("Lib.als", LIB)));
        assertEquals(Kind.COUNTEREXAMPLE, out.kind(), out.toString());
        // the atoms of Lib's sig, read back without the module's name
        AlloyState first = out.trace().orElseThrow().state(0);
        assertTrue(first.tuples("Item").size() >= 2, first.toString());
        assertTrue(first.tuples("Item").stream().allMatch(t -> t.atoms().get(0).startsWith("Item$")),
                first.toString());
    }

    @Test
    void aModuleTheRootOpensButTheRequestLacksIsNamedWithWhatWasGiven() {
        AlloyOutcome out = AlloyRunner.run(ROOT, request(Map.of("Other.als", "module Other\n")));
        assertEquals(Kind.ERROR, out.kind(), out.toString());
        assertEquals("Root.als: opens Lib.als, which is not beside it (the modules given: Other.als)",
                out.error().orElseThrow());
    }

    @Test
    void anErrorInAnOpenedModuleNamesThatModuleNotTheTemporaryFolder() {
        AlloyOutcome out = AlloyRunner.run(ROOT, request(Map.of("Lib.als", "module Lib\nsig Item {}\nfun few: Int { nope }\n")));
        String msg = out.error().orElseThrow();
        assertTrue(msg.startsWith("Lib.als:3:"), msg);
        assertFalse(msg.contains("pincheck-alloy-"), msg);
    }

    @Test
    void twoModulesWithASigOfOneNameKeepTheirModulesInTheTrace() {
        // A/X and B/X: stripping the module would give both atoms the name X
        String root = "module Root\nopen A\nopen B\ncheck None { no A/X } for 1\n";
        AlloyOutcome out = AlloyRunner.run(root, AlloyRequest.check("None").withSourceName("Root.als").withOpened(
                Map.of("A.als", "module A\none sig X {}\n", "B.als", "module B\none sig X {}\n")));
        assertEquals(Kind.COUNTEREXAMPLE, out.kind(), out.toString());
        AlloyState s = out.trace().orElseThrow().state(0);
        assertEquals("A/X", String.join(",", s.atoms("A/X")), s.toString());
        assertEquals("B/X", String.join(",", s.atoms("B/X")), s.toString());
    }

    @Test
    void anOpenedModuleMustBeAPlainFileName() {
        assertThrows(IllegalArgumentException.class, () -> request(Map.of("../Lib.als", LIB)));
        assertThrows(IllegalArgumentException.class, () -> request(Map.of("Lib", LIB)));
        assertThrows(IllegalArgumentException.class, () -> request(Map.of("Root.als", LIB)));
    }
}
