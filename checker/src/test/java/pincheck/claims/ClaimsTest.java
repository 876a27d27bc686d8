package pincheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioParser;
import pincheck.study.ModelRuns;
import pincheck.tla.Models;
import pincheck.verdict.Verdict;

/**
 * Each study decides from verdicts, not from text: on a catalogue that breaks the
 * claim it must refute it (with a trace), on one where the claim holds it must say so
 * (with exhaustive runs). Catalogues are one or two small scenarios.
 */
class ClaimsTest {
    static ModelRuns runs;

    @BeforeAll
    static void start() throws Exception {
        runs = new ModelRuns(Models.home(), 2, new pincheck.tla.TlcRunner.Options(Duration.ofMinutes(5), 1, ""), m -> { });
    }

    @AfterAll
    static void stop() throws Exception {
        runs.close();
    }

    static Scenario claimScenario(String name) throws Exception {
        return ScenarioParser.parse(Models.home().resolve("specs/scenarios/claims/" + name + ".pin"));
    }

    static Catalogue of(Scenario... s) {
        return new Catalogue(ImmutableList.copyOf(s), ImmutableList.of());
    }

    static void hasTrace(Finding f) {
        assertTrue(f.evidence().stream().anyMatch(e -> e.verdict().verdict() == Verdict.VIOLATED
                && e.verdict().trace().isPresent()), f.summary());
    }

    /** A pin given back with put_page(): under the bias only a leak (or nothing, once converted). */
    static final String LEAK_ONLY = """
            scenario leak-only "a pinned page released with put_page"
            page U0 user
            iter it iovec U0
            actor a
              iov_iter_get_pages it
              put_page U0
            """;

    @Test
    void onlyLeakRefutedByAnEarlyFree() throws Exception {
        Finding f = new OnlyLeak().settle(of(claimScenario("early-free")), runs);
        assertEquals(ClaimVerdict.REFUTED, f.verdict(), f.summary());
        hasTrace(f);
        assertTrue(f.summary().contains("NoUseAfterFree"), f.summary());
    }

    @Test
    void onlyLeakConfirmedWhereAMismatchOnlyLeaks() throws Exception {
        Finding f = new OnlyLeak().settle(of(Models.scenario(LEAK_ONLY)), runs);
        assertEquals(ClaimVerdict.CONFIRMED, f.verdict(), f.summary());
        assertTrue(f.evidence().stream().anyMatch(e -> e.verdict().property() == pincheck.property.Property
                .BALANCED_WHEN_QUIET), "the leak itself is evidence");
    }

    @Test
    void mergedEndIoPartlyTrueOnTheKernelsMerging() throws Exception {
        Finding f = new MergedEndIo().settle(of(Models.builtIn("bio-merge")), runs);
        assertEquals(ClaimVerdict.PARTLY, f.verdict(), f.summary());
        hasTrace(f);
    }

    @Test
    void zeroPageGupRefPartlyTrueOverflowsUnderManyPins() throws Exception {
        Finding f = new ZeroPageGupRef().settle(new Catalogue(ImmutableList.of(Models.builtIn("dio-zero-page")),
                ImmutableList.of(claimScenario("zero-many-pins"))), runs);
        assertEquals(ClaimVerdict.PARTLY, f.verdict(), f.summary());
        assertTrue(f.summary().contains("v6.5"), "cites the 2023 kernel change");
        hasTrace(f);
    }

    @Test
    void zeroPageGupRefConfirmedWhenTwoPinsAreAll() throws Exception {
        Scenario few = Models.scenario("""
                scenario zero-many-pins "two pins of ZERO_PAGE"
                page Z zero
                iter a1 iovec Z
                iter b1 iovec Z
                actor w1
                  iov_iter_get_pages a1
                  iov_iter_put_pages a1
                actor w2
                  iov_iter_get_pages b1
                  iov_iter_put_pages b1
                """);
        Finding f = new ZeroPageGupRef().settle(new Catalogue(ImmutableList.of(Models.builtIn("dio-zero-page")),
                ImmutableList.of(few)), runs);
        assertEquals(ClaimVerdict.CONFIRMED, f.verdict(), f.summary());
    }

    @Test
    void callSiteBalanceRefutedByNfsReleasingBeforeCompletion() throws Exception {
        Finding f = new CallSiteBalance().settle(of(Models.builtIn("nfs-direct")), runs);
        assertEquals(ClaimVerdict.REFUTED, f.verdict(), f.summary());
        assertTrue(f.summary().contains("PinsVisible"), f.summary());
        // as linux-6.12 ships it, nfs/direct.c takes FOLL_GET references: never pinned at all
        assertTrue(f.summary().contains("As linux-6.12 ships it, nfs/direct.c does not pin at all"), f.summary());
        assertTrue(f.evidence().stream().anyMatch(e -> e.result().design().name().equals("linux-6.12")
                && e.verdict().verdict() == Verdict.VIOLATED), f.summary());
        hasTrace(f);
    }

    @Test
    void callSiteBalanceConfirmedOnTheSyncPattern() throws Exception {
        Finding f = new CallSiteBalance().settle(of(Models.builtIn("sync-release")), runs);
        assertEquals(ClaimVerdict.CONFIRMED, f.verdict(), f.summary());
        assertFalse(f.summary().contains("nfs"), f.summary());
    }
}
