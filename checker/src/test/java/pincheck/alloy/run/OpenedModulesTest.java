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
    private static final String ROOT = "module Root\nopen Lib\ncheck Small { #Item < 2 } for 3\n";
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
        assertEquals(2, first.tuples("Item").size(), first.toString());
        assertTrue(first.tuples("Item").stream().allMatch(t -> t.atoms().get(0).startsWith("Item$")),
                first.toString());
    }

    @Test
    void aModuleTheRootOpensButTheRequestLacksIsAnError() {
        AlloyOutcome out = AlloyRunner.run(ROOT, request(Map.of()));
        assertEquals(Kind.ERROR, out.kind(), out.toString());
        assertTrue(out.error().orElseThrow().contains("Lib"), out.toString());
    }

    @Test
    void anErrorInAnOpenedModuleNamesThatModuleNotTheTemporaryFolder() {
        AlloyOutcome out = AlloyRunner.run(ROOT, request(Map.of("Lib.als", "module Lib\nsig Item {}\nfun few: Int { nope }\n")));
        String msg = out.error().orElseThrow();
        assertTrue(msg.startsWith("Lib.als:3:"), msg);
        assertFalse(msg.contains("pincheck-alloy-"), msg);
    }

    @Test
    void anOpenedModuleMustBeAPlainFileName() {
        assertThrows(IllegalArgumentException.class, () -> request(Map.of("../Lib.als", LIB)));
        assertThrows(IllegalArgumentException.class, () -> request(Map.of("Lib", LIB)));
        assertThrows(IllegalArgumentException.class, () -> request(Map.of("Root.als", LIB)));
    }
}
