package pincheck.claims;

import java.io.IOException;
import pincheck.design.DesignException;
import pincheck.study.ModelRuns;

/** How one claim is settled: which models it asks about, and how their verdicts decide it. */
@FunctionalInterface
public interface Study {
    Finding settle(Catalogue catalogue, ModelRuns runs) throws IOException, InterruptedException, DesignException;
}
