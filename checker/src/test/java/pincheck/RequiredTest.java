package pincheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing package skips a test on a bare machine and fails it under CI=true. */
class RequiredTest {
    @Test
    void presentPasses() {
        Required.installed(true, "chromium", "sudo apt-get install chromium", true);
        Required.installed(true, "chromium", "sudo apt-get install chromium", false);
    }

    @Test
    void missingSkipsWithTheInstallLine() {
        TestAbortedException e = assertThrows(TestAbortedException.class,
                () -> Required.installed(false, "chromium", "sudo apt-get install chromium", false));
        assertEquals("chromium is not installed; install it with 'sudo apt-get install chromium'", e.getMessage());
    }

    @Test
    void missingFailsUnderCi() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Required.installed(false, "chromium", "sudo apt-get install chromium", true));
        assertEquals("chromium is not installed; install it with 'sudo apt-get install chromium'"
                + " (CI=true: .ci/run must install it)", e.getMessage());
    }
}
