package pincheck.tla;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import pincheck.design.Design;
import pincheck.design.Presets;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.scenario.Scenario;

class TlaEmitterTest {
    @Test
    void glueCarriesTheKernelsCallsAndTheReferenceEachCallUses() throws Exception {
        Scenario s = Models.builtIn("dio-zero-page");
        TlaModel m = TlaEmitter.emit(s, Presets.get("linux-6.12"), Scaling.DEFAULT, List.of(Property.NO_UNDERFLOW));
        assertTrue(m.module().contains("EXTENDS Pinning, TLC"), m.module());
        assertTrue(m.module().contains("const_Pages == {\"U0\", \"U1\", \"Z\"}"), m.module());
        // 6.12's lines only: the extraction takes one reference per page of the iterator ...
        assertTrue(m.module().contains("C(\"iov_iter_extract_pages\", <<\"it\">>, \"fs/direct-io.c:dio_refill_pages\","
                + " <<<<\"dio\", 1, 1>>, <<\"dio\", 1, 2>>>>)"), m.module());
        assertFalse(m.module().contains("iov_iter_get_pages2"), m.module());
        // ... bio_add_page hands on U0's, folio_add_pin takes one more on the page it holds ...
        assertTrue(m.module().contains("C(\"bio_add_page\", <<\"b\", \"U0\">>, \"fs/direct-io.c:dio_bio_add_page\","
                + " <<<<\"dio\", 1, 1>>>>)"), m.module());
        assertTrue(m.module().contains("C(\"folio_add_pin\", <<\"U0\">>, \"fs/direct-io.c:dio_pin_page\","
                + " <<<<\"dio\", 4, 1>>, <<\"dio\", 1, 1>>>>)"), m.module());
        // ... and ZERO_PAGE is taken by the filesystem itself when it adds it.
        assertTrue(m.module().contains("<<\"dio\", 6, 1>> :> \"fs_zero\""), m.module());
        assertTrue(m.cfg().contains("KERNEL = \"6.12\""), m.cfg());
        assertTrue(m.cfg().contains("ZERO_PAGE_POLICY = \"add-pin\""), m.cfg());
        assertTrue(m.cfg().contains("BIAS = 4"), m.cfg());
        assertTrue(m.cfg().contains("VIEW View"), m.cfg());
        assertTrue(m.cfg().contains("INVARIANT NoUnderflow"), m.cfg());
        assertFalse(m.cfg().contains("INVARIANT NoMixedBio"), m.cfg());
    }

    @Test
    void everyBuiltInScenarioParsesWithSany() throws Exception {
        // The module does not depend on the design (the cfg fixes the knobs), so one parse per scenario.
        for (String name : List.of("dio-zero-page", "writeback-race")) {
            Design d = Presets.get("linux-6.12");
            TlaModel m = TlaEmitter.emit(Models.builtIn(name), d, Scaling.DEFAULT, List.of(Property.values()));
            Sany.Parse parse = Sany.parse(m, SpecFiles.tlaDir(Models.home()), Files.createTempDirectory("sany-"));
            assertTrue(parse.ok(), name + ":\n" + parse.output());
        }
    }

    @Test
    void sanyRejectsABrokenModule() throws Exception {
        TlaModel broken = new TlaModel("---- MODULE MC ----\nEXTENDS Pinning\nX == \n====\n", "",
                com.google.common.collect.ImmutableList.of());
        Sany.Parse parse = Sany.parse(broken, SpecFiles.tlaDir(Models.home()), Files.createTempDirectory("sany-"));
        assertFalse(parse.ok(), parse.output());
    }

    @Test
    void stringsAreEscaped() {
        assertTrue(TlaEmitter.str("a\"b\\c").equals("\"a\\\"b\\\\c\""));
    }
}
