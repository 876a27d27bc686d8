package pincheck.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import pincheck.alloy.Agreement;
import pincheck.alloy.AgreementSummary;
import pincheck.alloy.AlloyChecker;
import pincheck.alloy.AlloySpec;
import pincheck.alloy.BothEngines;
import pincheck.alloy.run.AlloyOutcome;
import pincheck.alloy.run.AlloyRequest;
import pincheck.alloy.run.AlloyRunner;
import pincheck.design.Design;
import pincheck.design.Presets;
import pincheck.property.Property;
import pincheck.report.AgreementReport;
import pincheck.report.SuiteReport;
import pincheck.scenario.Scenario;
import pincheck.tla.Models;

/**
 * The suite with both engines: Alloy checks each mirrored model up to TLC's depth and the
 * verdicts are compared (agreement.md), a scenario the mirror refuses is reported as such,
 * each violation's folder gets its Alloy module, and a second suite reuses the comparisons.
 */
@ResourceLock(Models.ALLOY_LOCK)
class SuiteAlloyTest {

    @Test
    void bothEnginesAgreeRefuseWhatIsNotMirroredAndResume() throws Exception {
        List<Scenario> scenarios = List.of(Models.scenario(Models.USER_AND_ZERO), Models.scenario(Models.SHARED_PAGE));
        List<Design> designs = List.of(Presets.get("linux-6.12"), Presets.get("bias-unpin-all"));
        Path out = Files.createTempDirectory("pincheck-suite-alloy-");
        List<Suite.Progress> first = new ArrayList<>();
        List<SuiteReport.Entry> entries = run(scenarios, designs, out, first);

        SuiteReport.Entry holds = entry(entries, "user-and-zero", "linux-6.12");
        AgreementSummary a = holds.agreement().orElseThrow();
        assertTrue(a.agrees(), a.toString());
        assertTrue(a.notCompared().isEmpty(), a.toString());
        // every safety property compared; only EventuallyQuiet (liveness) is TLC's alone
        assertEquals(Property.values().length - 1, a.count(Agreement.Status.AGREE), a.toString());
        assertEquals(List.of(Property.EVENTUALLY_QUIET), a.lines().stream()
                .filter(l -> l.status() == Agreement.Status.NOT_COMPARED).map(AgreementSummary.Line::property).toList());
        assertTrue(a.bound() > 1, a.toString());

        // bias-unpin-all unpins ZERO_PAGE, which direct-io only get_page()d: both engines find the underflow
        SuiteReport.Entry violated = entry(entries, "user-and-zero", "bias-unpin-all");
        AgreementSummary v = violated.agreement().orElseThrow();
        AgreementSummary.Line underflow = v.lines().stream().filter(l -> l.property() == Property.NO_UNDERFLOW)
                .findFirst().orElseThrow();
        assertEquals(Agreement.Status.AGREE, underflow.status(), v.toString());
        assertTrue(underflow.detail().contains("replays in Alloy"), underflow.detail());
        Map<String, String> generated = violated.alloyModules().get(Property.NO_UNDERFLOW);
        String module = generated.get("MC.als");
        assertTrue(module.contains("check Open"), module);
        assertTrue(module.contains("\nopen Pinning\n"), module);
        // the glue only: the semantics are opened, not copied
        assertTrue(module.lines().count() <= 200 && generated.get("Scenario.als").lines().count() <= 200,
                generated.toString());
        Map<String, String> files = SuiteReport.files(entries);
        assertEquals(module, files.get("user-and-zero/bias-unpin-all/NoUnderflow/MC.als"));
        assertEquals(generated.get("Scenario.als"), files.get("user-and-zero/bias-unpin-all/NoUnderflow/Scenario.als"));
        // the folder reproduces with the checkout's two spec modules beside it: Alloy finds a
        // counterexample in it, at the length TLC's has
        Map<String, String> beside = new java.util.HashMap<>(AlloySpec.read(AlloyChecker.alloyDir(Models.home())).files());
        beside.put("Scenario.als", files.get("user-and-zero/bias-unpin-all/NoUnderflow/Scenario.als"));
        AlloyOutcome rerun = AlloyRunner.run(module, AlloyRequest.check("Open").withTimeLimit(Duration.ofMinutes(2))
                .withNoOverflow(false).withSourceName("MC.als").withOpened(beside));
        assertEquals(AlloyOutcome.Kind.COUNTEREXAMPLE, rerun.kind(), rerun.toString());

        // shared-page follows the 2019 path only: it runs under the proposal alone
        assertTrue(entries.stream().noneMatch(e -> e.scenario().name().equals("shared-page")
                && e.result().design().name().equals("linux-6.12")), "a design whose kernel it does not follow");
        AgreementSummary r = entry(entries, "shared-page", "bias-unpin-all").agreement().orElseThrow();
        assertTrue(r.notCompared().orElseThrow().contains("may merge into one request"), r.toString());
        assertEquals(0, r.count(Agreement.Status.AGREE), r.toString());
        assertTrue(entry(entries, "shared-page", "bias-unpin-all").alloyModules().isEmpty());
        String md = files.get(AgreementReport.MARKDOWN);
        assertTrue(md.contains("| user-and-zero | linux-6.12 | " + a.bound() + " | " + (Property.values().length - 1)
                + " | 0 | 1 |"), md);
        assertTrue(md.contains("| shared-page | bias-unpin-all | not compared |"), md);
        assertTrue(md.contains("- shared-page: test.pin:14: page U0 goes into bio b1 (line 10) and bio b2 (line 14)"),
                md);
        assertTrue(files.get("README.md").contains("[agreement.md](agreement.md)"));

        // the second suite takes every comparison from the cache and reports the same
        List<Suite.Progress> second = new ArrayList<>();
        List<SuiteReport.Entry> again = run(scenarios, designs, out, second);
        assertTrue(second.stream().allMatch(Suite.Progress::alloyReused), second.toString());
        assertFalse(first.stream().anyMatch(Suite.Progress::alloyReused), first.toString());
        assertEquals(md, SuiteReport.files(again).get(AgreementReport.MARKDOWN));

        // TLC alone: no agreement file, but the same Alloy modules beside the traces
        List<SuiteReport.Entry> tlcOnly = Suite.run(Suite.Request.of(scenarios, designs, Models.home()).withJobs(2)
                .withTimeout(Duration.ofMinutes(5)));
        Map<String, String> tlcFiles = SuiteReport.files(tlcOnly);
        assertFalse(tlcFiles.containsKey(AgreementReport.MARKDOWN));
        assertEquals(module, tlcFiles.get("user-and-zero/bias-unpin-all/NoUnderflow/MC.als"));
    }

    @Test
    void aModelDeeperThanTheBoundIsCheckedUpToItAndSaysSo() throws Exception {
        // bias-unpin-all: NoUnderflow breaks in more steps than a bound of 3 states holds
        List<SuiteReport.Entry> entries = Suite.run(Suite.Request.of(List.of(Models.scenario(Models.USER_AND_ZERO)),
                        List.of(Presets.get("bias-unpin-all")), Models.home()).withTimeout(Duration.ofMinutes(5))
                .withAlloy(AlloyChecker.Options.bound(3, Duration.ofMinutes(5))));
        SuiteReport.Entry e = entries.get(0);
        AgreementSummary a = e.agreement().orElseThrow();
        int depth = BothEngines.bound(e.result()).orElseThrow();
        assertTrue(depth > 3, "the model must be deeper than the bound: " + depth);
        assertTrue(a.notCompared().isEmpty(), a.toString());
        assertEquals(3, a.bound(), a.toString());
        assertTrue(a.agrees(), a.toString());
        // a holding property agrees up to the bound and names TLC's depth; a longer violation is not compared
        assertTrue(a.lines().stream().anyMatch(l -> l.status() == Agreement.Status.AGREE
                && l.detail().equals("TLC holds, Alloy holds up to 3 steps of TLC's depth " + depth)), a.toString());
        AgreementSummary.Line underflow = a.lines().stream().filter(l -> l.property() == Property.NO_UNDERFLOW)
                .findFirst().orElseThrow();
        assertEquals(Agreement.Status.NOT_COMPARED, underflow.status(), a.toString());
        assertTrue(underflow.detail().endsWith("beyond Alloy's bound of 3 states"), underflow.detail());
        String md = SuiteReport.files(entries).get(AgreementReport.MARKDOWN);
        assertTrue(md.contains("| user-and-zero | bias-unpin-all | 3 of " + depth + " |"), md);
    }

    private static List<SuiteReport.Entry> run(List<Scenario> scenarios, List<Design> designs, Path out,
                                               List<Suite.Progress> progress) throws Exception {
        return Suite.run(Suite.Request.of(scenarios, designs, Models.home()).withJobs(2)
                .withTimeout(Duration.ofMinutes(5))
                .withAlloy(AlloyChecker.Options.bound(AlloyChecker.DEFAULT_STEPS, Duration.ofMinutes(5)))
                .withCache(new RunCache(out, "test", false)).withProgress(progress::add));
    }

    private static SuiteReport.Entry entry(List<SuiteReport.Entry> entries, String scenario, String design) {
        return entries.stream().filter(e -> e.scenario().name().equals(scenario)
                && e.result().design().name().equals(design)).findFirst().orElseThrow();
    }
}
