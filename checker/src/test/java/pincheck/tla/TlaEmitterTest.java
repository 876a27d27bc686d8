package pincheck.tla;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import pincheck.design.Design;
import pincheck.design.Presets;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.scenario.Kernel;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioParser;

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
                + " <<<<\"dio\", 4, 1>>>>)"), m.module());
        // ... which rests on the extraction's: not taken if that one was not.
        assertTrue(m.module().contains("<<\"dio\", 4, 1>> :> {<<\"dio\", 1, 1>>}"), m.module());
        assertTrue(m.module().contains("<<\"dio\", 1, 1>> :> {}"), m.module());
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
    void everyBuiltInScenarioParsesWithSanyUnderEachKernelItFollows() throws Exception {
        // The module does not depend on the knobs (the cfg fixes them), only on the kernel's lines.
        List<Path> files;
        try (var list = Files.list(Models.home().resolve("specs/scenarios"))) {
            files = list.filter(f -> f.toString().endsWith(".pin")).sorted().toList();
        }
        assertTrue(files.size() > 20, files.toString());
        for (Path f : files) {
            Scenario sc = ScenarioParser.parse(f);
            for (Kernel k : sc.checkedUnder()) {
                Design d = Presets.get(k == Kernel.THREAD_2019 ? "split-end-io" : "linux-" + k.token());
                TlaModel m = TlaEmitter.emit(sc, d, Scaling.DEFAULT, List.of(Property.values()));
                Sany.Parse parse = Sany.parse(m, SpecFiles.tlaDir(Models.home()), Files.createTempDirectory("sany-"));
                assertTrue(parse.ok(), f.getFileName() + " under " + d.name() + ":\n" + parse.output());
            }
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
