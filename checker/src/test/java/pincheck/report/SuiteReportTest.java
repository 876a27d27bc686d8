package pincheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pincheck.verdict.PropertyResult;

class SuiteReportTest {
    @Test
    void aViolationFolderHasTheNarrationTheTraceTheDiagramsAndTheModel() throws Exception {
        SuiteReport.Entry e = Counterexample.entry();
        PropertyResult x = Counterexample.violation();
        Map<String, String> files = SuiteReport.artifacts(e, x, x.trace().orElseThrow(), Optional.empty());
        assertEquals(List.of("MC.cfg", "MC.tla", "README.md", "refcount.svg", "sequence.svg", "trace.itf.json",
                "trace.md"), List.copyOf(files.keySet()));
        assertEquals(x.inputs().get("MC.tla"), files.get("MC.tla"));
        assertTrue(files.get("MC.cfg").contains("INVARIANT NoUnderflow\n"), files.get("MC.cfg"));
        assertTrue(files.get("README.md").contains("\n" + Reproduce.REPLAY + "\n"), files.get("README.md"));
        assertTrue(files.get("trace.md").contains("Reproduce, from wherever this folder is: `" + Reproduce.REPLAY + "`"),
                files.get("trace.md"));
        assertTrue(files.get("trace.md").contains("![sequence diagram](sequence.svg)"), files.get("trace.md"));
        Map<String, String> all = SuiteReport.files(List.of(e));
        assertEquals(files.get("sequence.svg"), all.get("user-and-zero/bias-unpin-all/NoUnderflow/sequence.svg"),
                "the same diagram every time it is drawn");
    }
}
