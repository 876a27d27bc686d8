package pincheck.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** GNU grep over the C files of some folders of a tree: the baseline the audit is held to. */
final class Grep {
    private static final int TIMEOUT_SECONDS = 300;

    private Grep() {}

    /**
     * {@code grep -r -E [-w] (-n|-l) --include=*.c --include=*.h -e PATTERN DIRS} in root;
     * the lines sorted, so the order is not the file system's.
     */
    static List<String> run(Path root, List<String> dirs, String pattern, boolean words, boolean filesOnly)
            throws AuditException {
        List<String> cmd = new ArrayList<>(List.of("grep", "-r", "-E", filesOnly ? "-l" : "-n",
                "--include=*.c", "--include=*.h"));
        if (words) {
            cmd.add("-w");
        }
        cmd.add("-e");
        cmd.add(pattern);
        cmd.addAll(dirs);
        try {
            Process p = new ProcessBuilder(cmd).directory(root.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw AuditException.toolFailed("grep did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() > 1) {
                throw AuditException.toolFailed("grep failed (exit " + p.exitValue() + ") in " + root);
            }
            return text.lines().sorted().toList();
        } catch (IOException e) {
            throw AuditException.toolFailed("cannot run grep (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AuditException.toolFailed("interrupted while grep ran");
        }
    }
}
