package pincheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import pincheck.scenario.ScenarioParser;

/** A covers line counts for the kernels its scenario follows: 6.1's path is not 6.12's model. */
class CoverageTest {
    static final String OLD = """
            scenario old-path "a path only 6.1 has"
            kernel 6.1
            covers fs/x.c:f
            page U0 user
            iter it iovec U0
            actor a
              iov_iter_get_pages2 it
            """;
    static final String BOTH = """
            scenario both-paths "a path both kernels have"
            kernel 6.1 6.12
            covers fs/x.c:f fs/x.c:g
            page U0 user
            iter it iovec U0
            actor a
              iov_iter_get_pages2 it
            """;

    @Test
    void aTreeOfOneKernelIsCoveredOnlyByTheScenariosOfThatKernel() throws Exception {
        Coverage all = Coverage.of(List.of(ScenarioParser.parse(OLD, "old.pin"), ScenarioParser.parse(BOTH, "both.pin")));
        assertEquals(List.of("both-paths", "old-path"), all.forSeries("6.1").scenarios("fs/x.c", "f"));
        assertEquals(List.of("both-paths"), all.forSeries("6.12").scenarios("fs/x.c", "f"));
        assertEquals(List.of("both-paths"), all.forSeries("6.12").scenarios("fs/x.c", "g"));
        // a series no scenario is written for keeps them all
        assertEquals(List.of("both-paths", "old-path"), all.forSeries("6.6").scenarios("fs/x.c", "f"));
    }
}
