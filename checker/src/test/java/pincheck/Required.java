package pincheck;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import pincheck.paper.Executables;

/**
 * A system package a test needs (Chromium, pdflatex, Coccinelle, a kernel's source): on a bare
 * machine the test is skipped with the line that installs it; under CI=true it fails, since
 * .ci/run installs every one of them, so CI never passes by skipping.
 */
public final class Required {
    private Required() {}

    /** Returns when {@code present}; else skips, or fails under CI=true, naming {@code what} and {@code install}. */
    public static void installed(boolean present, String what, String install) {
        installed(present, what, install, "true".equals(System.getenv("CI")));
    }

    static void installed(boolean present, String what, String install, boolean ci) {
        if (present) {
            return;
        }
        String why = what + " is not installed; install it with '" + install + "'";
        if (ci) {
            fail(why + " (CI=true: .ci/run must install it)");
        }
        Assumptions.abort(why);
    }

    /** The executable on PATH, as {@link #installed} says when it is not there. */
    public static Path executable(String name, String install) {
        Optional<Path> p = Executables.find(name);
        installed(p.isPresent(), name, install);
        return p.orElseThrow();
    }

    /** Chromium, which the paper's and the diagrams' tests drive headless. */
    public static Path chromium() {
        return executable("chromium", "sudo apt-get install chromium");
    }

    /** pdflatex, which builds the paper's PDF. */
    public static Path pdflatex() {
        return executable("pdflatex", "sudo apt-get install texlive-latex-base texlive-latex-recommended");
    }
}
