package pincheck.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import pincheck.tla.Models;

/** The C tree and scenarios written for the audit tests (src/test/resources/audit). */
public final class TestTrees {
    public static final Path RESOURCES = Models.home().resolve("checker/src/test/resources/audit");
    public static final Path TREE = RESOURCES.resolve("tree");
    public static final Path SCENARIOS = RESOURCES.resolve("scenarios");

    private TestTrees() {}

    /** A copy of a folder at another path, for runs that must not depend on where a tree is. */
    public static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.sorted().toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return to;
    }
}
