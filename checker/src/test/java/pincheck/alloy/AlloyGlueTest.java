package pincheck.alloy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import pincheck.design.Presets;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.scenario.ScenarioParser;
import pincheck.scenario.Scenario;
import pincheck.tla.Models;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;
import pincheck.verdict.Verdict;

/**
 * No text of a scenario reaches Alloy unquoted: a file name cannot add a fact, and names that
 * are Alloy keywords or names of Pinning.als check like any other (issue 15, items 1 and 8).
 */
@ResourceLock(Models.ALLOY_LOCK)
class AlloyGlueTest {
    /** A pin released with put_page() under the bias: ReleasedAsTaken breaks in 2 steps (3 states). */
    private static final String LEAK = """
            scenario leak "a pin released with put_page"
            page U0 user
            iter it iovec U0
            actor a
              iov_iter_get_pages it
              put_page U0
              munmap U0
            """;

    private static CheckResult alloy(Scenario s, String preset, Property p) throws Exception {
        return AlloyChecker.check(AlloySpec.read(AlloyChecker.alloyDir(Models.home())), s, Presets.get(preset), Scaling.DEFAULT, List.of(p),
                Files.createTempDirectory("pincheck-glue-"), AlloyChecker.Options.bound(3, Duration.ofMinutes(2)));
    }

    @Test
    void aFileNameCannotAddAFactToTheAlloyModule() throws Exception {
        String hostile = "x\nfact { 1 = 0 }\n-- .pin";
        Scenario s = ScenarioParser.parse(LEAK, hostile);
        AlloyModel m = AlloyEmitter.emit(AlloySpec.read(AlloyChecker.alloyDir(Models.home())), s,
                Presets.get("bias-unconverted"), Scaling.DEFAULT, List.of(Property.NO_UNDERFLOW), 3);
        String module = m.scenario() + m.root();
        assertFalse(module.lines().anyMatch(l -> l.strip().startsWith("fact { 1 = 0 }")), "the fact is text of a comment");
        PropertyResult r = alloy(s, "bias-unconverted", Property.RELEASED_AS_TAKEN).results().get(0);
        assertEquals(Verdict.VIOLATED, r.verdict(), r.toString());
    }

    @Test
    void namesThatAreAlloyKeywordsOrPinningAlsNamesCheckLikeAnyOther() throws Exception {
        Scenario s = Models.scenario("""
                scenario keywords "names Alloy or Pinning.als has: sig, done, steps, univ, Page, Int"
                page sig user
                page done kernel
                iter steps iovec sig
                bio Int write end_io e
                actor univ
                  iov_iter_get_pages steps
                  put_page sig
                  munmap sig
                actor Page
                  get_page done
                  put_page done
                """);
        PropertyResult r = alloy(s, "bias-unconverted", Property.RELEASED_AS_TAKEN).results().get(0);
        assertEquals(Verdict.VIOLATED, r.verdict(), r.toString());
        assertTrue(r.trace().orElseThrow().steps().stream().anyMatch(st -> st.event().actor().equals("univ")
                && st.event().args().equals(List.of("sig"))), "the trace names the scenario's objects: " + r);
        assertTrue(r.trace().orElseThrow().initial().pages().containsKey("done"));
    }
}
