package pincheck.audit;

import static org.junit.jupiter.api.Assertions.fail;


/**
 * Tests that run spatch skip on a machine without it, saying how to install it, but fail
 * under CI=true: CI installs coccinelle (.ci/run), so a missing spatch there is a broken CI.
 */
public final class SpatchRequired {
    private SpatchRequired() {}

    public static void check() {
        pincheck.Required.installed(Spatch.onPath("spatch").isPresent(), "spatch (Coccinelle)", Spatch.INSTALL);
    }
}
