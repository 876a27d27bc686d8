package pincheck.audit;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that run spatch skip on a machine without it, saying how to install it, but fail
 * under CI=true: CI installs coccinelle (.ci/run), so a missing spatch there is a broken CI.
 */
public final class SpatchRequired {
    private SpatchRequired() {}

    public static void check() {
        if (Spatch.onPath("spatch").isPresent()) {
            return;
        }
        String why = "spatch (Coccinelle) is not installed; install it with '" + Spatch.INSTALL + "'";
        if ("true".equals(System.getenv("CI"))) {
            fail(why + " (CI=true: .ci/run must install it)");
        }
        Assumptions.abort(why);
    }
}
